import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/part-of-today', () => {
  it.each([
    ['Ce matin, le maire a parlé.', ['Ce matin → 2021-07-26TMO']],
    ['Il partira ce soir.', ['ce soir → 2021-07-26TEV']],
    ['Cette nuit, des tirs ont été entendus.', ['Cette nuit → 2021-07-26TNI']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
