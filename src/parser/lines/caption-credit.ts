// Splits a photo caption from its credit: "caption (Susan Walsh/AP)" → the caption and "Susan Walsh/AP".

/** A credit is a short trailing parenthesis with a slash, "(Susan Walsh/AP)". A parenthesis without a slash is
 *  description ("(à gauche)"); a long one is part of the caption. Checked with a scan, not a regex, because a
 *  pattern like /\(([^()]*\/[^()]*)\)$/ backtracks quadratically on "(/////…". */
const CREDIT_MAX_CHARS = 80;

export function splitCredit(body: string): { text: string; credit: string | null } {
  if (!body.endsWith(')')) return { text: body, credit: null };
  const open = body.lastIndexOf('(');
  const inside = open < 0 ? '' : body.slice(open + 1, -1);
  if (open < 0 || inside.length > CREDIT_MAX_CHARS || !inside.includes('/') || inside.includes(')')) {
    return { text: body, credit: null };
  }
  const credit = inside.trim();
  if (credit === '') return { text: body, credit: null };
  return { text: body.slice(0, open).trimEnd(), credit };
}
