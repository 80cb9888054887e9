// "actuellement", "récemment", "à l’avenir": a time the text only places as present, past or future
// (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, datePattern, firstLettersOf, lower } from '../patterns';
import type { DateParser } from '../reading';

const REFERENCES: ReadonlyMap<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = new Map([
  ['actuellement', 'PRESENT_REF'], ['à l’heure actuelle', 'PRESENT_REF'], ['en ce moment', 'PRESENT_REF'],
  ['de nos jours', 'PRESENT_REF'], ['à présent', 'PRESENT_REF'],
  ['récemment', 'PAST_REF'], ['autrefois', 'PAST_REF'], ['jadis', 'PAST_REF'], ['naguère', 'PAST_REF'],
  ['par le passé', 'PAST_REF'], ['dans le passé', 'PAST_REF'],
  ['prochainement', 'FUTURE_REF'], ['à l’avenir', 'FUTURE_REF'], ['dans le futur', 'FUTURE_REF'],
]);

export const vagueReference: DateParser = {
  rule: 'fr/vague-reference',
  cue: ['actuel', 'moment', 'de nos', 'présent', 'récemment', 'autrefois', 'jadis', 'naguère', 'passé', 'prochainement', 'avenir', 'futur'],
  pattern: datePattern(`${firstLettersOf(REFERENCES.keys())}${NOT_AFTER_WORD}(?<words>${alternation(REFERENCES.keys())})${NOT_BEFORE_WORD}`),
  extract(match) {
    const value = REFERENCES.get(lower(match.groups?.words));
    return value === undefined ? null : { reading: { kind: 'reference', value } };
  },
};
