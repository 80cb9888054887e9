// Decides what one line of a scrape is: article content (paragraph, caption, related headline), a line that
// carries metadata (source, contributors), or site furniture that is set aside.
import { RULES } from './rules';

export type LineReading =
  | { kind: 'paragraph'; text: string }
  | { kind: 'caption'; text: string; credit: string | null }
  | { kind: 'related'; title: string }
  | { kind: 'source'; site: string }
  | { kind: 'contributors'; names: string[] }
  | { kind: 'site-footer' }
  | { kind: 'scrape-noise' };

export function readLine(text: string): LineReading {
  if (RULES.siteFooter.test(text)) return { kind: 'site-footer' };
  if (RULES.scrapeNoise.test(text) || !RULES.hasWordCharacter.test(text)) return { kind: 'scrape-noise' };

  const source = RULES.sourceLine.exec(text);
  if (source?.[1] !== undefined) return { kind: 'source', site: source[1] };

  const names = readContributors(text);
  if (names.length > 0) return { kind: 'contributors', names };

  const caption = RULES.captionLabel.exec(text);
  if (caption) {
    const body = text.slice(caption[0].length);
    if (!RULES.hasWordCharacter.test(body)) return { kind: 'scrape-noise' };
    return { kind: 'caption', ...splitCredit(body) };
  }

  const related = RULES.relatedLabel.exec(text);
  if (related) {
    const title = text.slice(related[0].length);
    if (!RULES.hasWordCharacter.test(title)) return { kind: 'scrape-noise' };
    return { kind: 'related', title };
  }

  return { kind: 'paragraph', text };
}

/** Splits a footer glued to the end of a content line: "…abcnews.go.comSource link" → the text and the footer. */
export function splitGluedFooter(text: string): { text: string; footer: string | null } {
  const glued = RULES.gluedFooter.exec(text);
  if (!glued || glued.index === 0) return { text, footer: null };
  const kept = text.slice(0, glued.index).trimEnd();
  if (kept === '') return { text, footer: null };
  return { text: kept, footer: glued[0] };
}

/** "PHOTO : caption (Susan Walsh/AP)" without its label → { text: "caption", credit: "Susan Walsh/AP" }. */
function splitCredit(body: string): { text: string; credit: string | null } {
  if (!body.endsWith(')')) return { text: body, credit: null };
  const open = body.lastIndexOf('(');
  const inside = open < 0 ? '' : body.slice(open + 1, -1);
  if (open < 0 || inside.length > RULES.creditMaxChars || !inside.includes('/') || inside.includes(')')) {
    return { text: body, credit: null };
  }
  const credit = inside.trim();
  if (credit === '') return { text: body, credit: null };
  return { text: body.slice(0, open).trimEnd(), credit };
}

/** "Libby Cathey d’ABC News a contribué à ce rapport." → ["Libby Cathey"]; any other line → []. */
function readContributors(text: string): string[] {
  if (text.length > RULES.contributorLineMaxChars) return [];
  const tail = RULES.contributorTail.exec(text);
  if (!tail) return [];
  const words = text.slice(0, tail.index).split(/[\s\u00A0]+/u).filter((word) => word !== '');
  // The organisation starts at the first "de"/"d’" that follows at least two words: "Charles de Gaulle de l’AFP"
  // keeps "de Gaulle", and "Anne et Paul de CNN" is cut before "de CNN".
  let cut = words.length;
  for (let index = 2; index < words.length; index++) {
    const word = words[index] ?? '';
    const elided = /^d[’'](?=\S)/iu.test(word);
    if (elided || RULES.contributorOrganisation.test(word)) {
      cut = index;
      break;
    }
  }
  if (cut === words.length) {
    // A single name glued to its organisation: "Madonna d’ABC News".
    const elidedAt = words.findIndex((word, index) => index > 0 && /^d[’'](?=\S)/iu.test(word));
    if (elidedAt > 0) cut = elidedAt;
    else {
      const ofAt = words.findIndex((word, index) => index > 0 && RULES.contributorOrganisation.test(word));
      if (ofAt > 0) cut = ofAt;
    }
  }
  const names = words.slice(0, cut).join(' ');
  return names
    .split(RULES.contributorSeparator)
    .map((name) => name.trim())
    .filter((name) => name !== '' && RULES.hasWordCharacter.test(name));
}
