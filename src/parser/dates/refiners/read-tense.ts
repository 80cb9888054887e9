// The tense of the clause around a date whose direction the words leave open: "a déclaré jeudi" (past),
// "se rendra jeudi", "est attendu jeudi", "doit signer en mars" (future). The verb nearest to the date decides,
// as a reader links a date to its verb. Only a bounded slice around the date is read.
import {
  BE_AUXILIARIES, BE_VERB_PARTICIPLES, FUTURE_WORDS, NOT_FUTURE_VERBS, PAST_AUXILIARIES, SUBORDINATING_WORDS, TENSE_SKIPPABLE,
} from '../../lexicon/fr/tense';
import type { BlockRefiner, Candidate, Reading, Tense } from '../reading';
import { endsSentence } from '../sentence';

/** Markers are read this far around the date: a little beyond MAX_GAP_CHARS, for an auxiliary before its verb. */
const CLAUSE_CHARS = 70;
const TOKEN = /[\p{L}\p{M}]+/gu;
const FUTURE = new Set<string>(FUTURE_WORDS);
const NOT_FUTURE = new Set<string>(NOT_FUTURE_VERBS);
const AUXILIARIES = new Set<string>(PAST_AUXILIARIES);
const BE = new Set<string>(BE_AUXILIARIES);
/** "arrivé", "arrivées": the participle without its agreement. */
const BE_PARTICIPLE = new RegExp(`^(?:${BE_VERB_PARTICIPLES.join('|')})(?:e|s|es)?$`, 'u');
const SKIPPABLE = new Set<string>(TENSE_SKIPPABLE);
/** Past participles: "déclaré", "voté", "dit", "pris", "venu", "ouvert", "atteint". */
const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|ort|orte|int|inte|aint)$/u;
/** Future and conditional endings: "sera", "rendra", "réunira", "pourront", "serait", "poursuivraient"; not the
 *  passé simple or imperfect of "déclarer" ("déclara", "déclarait"). "entra" and "montrait" read as future: rarer
 *  in news than "permettrait" and "mettra". */
const FUTURE_ENDING = /^\p{Ll}+[erdvti]r(?:a|ont|ait|aient)$/u;
/** Verbs further than this from the date belong to another clause ("…, qui ont fait deux morts, …, mènent samedi"). */
const MAX_GAP_CHARS = 50;
const SUBORDINATE = new RegExp(`(?<![\\p{L}])(?:${SUBORDINATING_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const IMPERFECT_ENDING = /^\p{Ll}{3,}(?:ait|aient)$/u;

/** Readings whose date depends on the tense: which Thursday, which March. */
function needsTense(reading: Reading): boolean {
  switch (reading.kind) {
    case 'weekday': return reading.shift === null;
    case 'date': return reading.year === null;
    case 'month': return reading.year === null && reading.shift === null;
    case 'season': return reading.year === null && reading.shift === null;
    case 'period': return reading.origin === 'passage' || (reading.unit === 'weekend' && reading.shift === 0);
    case 'offset': return reading.origin === 'passage';
    case 'range': return needsTense(reading.from) || needsTense(reading.to);
    default: return false;
  }
}

interface Marker { at: number; tense: Tense }

function markers(clause: string, offset: number): Marker[] {
  const tokens: { word: string; capital: boolean; at: number }[] = [];
  const lowered = clause.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(lowered); match !== null; match = TOKEN.exec(lowered)) {
    tokens.push({ word: match[0], capital: lowered[match.index] !== clause[match.index], at: offset + match.index });
  }
  const found: Marker[] = [];
  tokens.forEach((token, index) => {
    const { word } = token;
    if (NOT_FUTURE.has(word) || (token.capital && index > 0)) return; // "Laura", "Ankara": names
    // "s’être substitué", "après avoir rédigé" are past; "doit être voté" is not.
    if ((word === 'être' || word === 'avoir') && !['s', 'après', 'd'].includes(tokens[index - 1]?.word ?? '')) return;
    if (AUXILIARIES.has(word) || BE.has(word)) {
      // "a déclaré", "a également noté", "est attendu" (future: the participle says so).
      for (let next = index + 1; next < Math.min(tokens.length, index + 4); next += 1) {
        const participle = tokens[next]?.word ?? '';
        if (FUTURE.has(participle)) return;
        if (PARTICIPLE.test(participle) && participle.length > 2) {
          if (!BE.has(word) || BE_PARTICIPLE.test(participle) || participle === 'été') found.push({ at: tokens[next]?.at ?? token.at, tense: 'past' });
          return;
        }
        if (!SKIPPABLE.has(participle)) break;
      }
      return;
    }
    if (FUTURE.has(word) || FUTURE_ENDING.test(word)) found.push({ at: token.at, tense: 'future' });
    else if (IMPERFECT_ENDING.test(word)) found.push({ at: token.at, tense: 'past' });
  });
  return found;
}

/** "d’ici le 8 novembre" ends in the future, whatever the verb. */
const LEAD_TENSE = /(?:^|[^\p{L}])d[’']ici[\s\u00A0]+(?:(?:le|la|les)[\s\u00A0]+|l[’'])?$/iu;

/** The tense of the verb nearest to [start, end) in its clause, or null when the clause has none we know. */
export function clauseTense(text: string, start: number, end: number): Tense | null {
  const lead = LEAD_TENSE.exec(text.slice(Math.max(0, start - 16), start));
  if (lead !== null) return 'future';
  let from = Math.max(0, start - CLAUSE_CHARS);
  for (let index = start - 1; index >= from; index -= 1) {
    if (endsSentence(text, index)) {
      from = index + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + CLAUSE_CHARS);
  for (let index = end; index < to; index += 1) {
    if (endsSentence(text, index)) {
      to = index;
      break;
    }
  }
  // After the date, a relative or a conjunction opens another clause: "blessé lundi … qui manoeuvrait",
  // "a déclaré jeudi que … ne différerait pas".
  const subordinate = SUBORDINATE.exec(text.slice(end, to));
  if (subordinate !== null) to = end + subordinate.index;
  const around = [...markers(text.slice(from, start), from), ...markers(text.slice(end, to), end)];
  let nearest: Marker | null = null;
  let distance = MAX_GAP_CHARS;
  for (const marker of around) {
    // Words before the date count a little nearer: French puts the verb first ("a déclaré jeudi que…").
    const gap = marker.at < start ? (start - marker.at) * 0.8 : marker.at - end;
    if (gap < distance) [nearest, distance] = [marker, gap];
  }
  return nearest?.tense ?? null;
}

export const readTense: BlockRefiner = (candidates, text) =>
  candidates.map((candidate): Candidate => (needsTense(candidate.reading) ? { ...candidate, tense: clauseTense(text, candidate.start, candidate.end) } : candidate));
