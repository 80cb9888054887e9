// Runs of capitalised words that may name a person, without the words that never belong to a name.
import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../../src/parser/people/name-runs';

describe('name runs', () => {
  it.each([
    ['Le Président Joe Biden a parlé.', [['Joe Biden', false]]],
    ['Le porte-parole Nasser al Shammari', [['Nasser al Shammari', false]]],
    ['Premier ministre irakien Mustafa al-Kadhimi', [['Mustafa al-Kadhimi', false]]],
    ['le Mouvement Nujaba', [['Mouvement Nujaba', true]]],
    ['Mme Christine Lagarde', [['Christine Lagarde', false]]],
    ['Lundi, Joe Biden Jeudi', [['Joe Biden', false]]],
    ['des pays d’Iran et d’Irak', []],
    ['Selon Biden', [['Biden', false]]],
    ['le ministre Bruno Le Maire a parlé', [['Bruno Le Maire', false]]],
    ['L’économiste Etienne de Saint-Jorre a parlé.', [['Etienne de Saint-Jorre', false]]],
    ['le consul Karel Van de Putte', [['Karel Van de Putte', false]]],
    ['N’Golo Kanté a marqué.', [['N’Golo Kanté', false]]],
    ['le député M’hamed Benali', [['M’hamed Benali', false]]],
    ['le sénateur Biden de Washington', [['Biden', false], ['Washington', false]]],
    // Where a run may open: a lowercase particle glued by its hyphen, a capital outside ASCII or outside the Basic
    // Multilingual Plane; "al" without its hyphen, or inside a word ("Canal-Plus"), opens nothing.
    ['selon al-Kadhimi, rien', [['al-Kadhimi', false]]],
    ['le journal Canal-Plus et al Jazeera', [['Canal-Plus', false], ['Jazeera', false]]],
    ['selon Émile Zola', [['Émile Zola', false]]],
    ['le mathématicien 𝐀lan Turing', [['𝐀lan Turing', false]]],
  ])('%s', (text, expected) => {
    expect(findNameRuns(text).map((run) => [run.name, run.determined])).toEqual(expected);
  });

  it('gives the offsets of the name itself', () => {
    const text = 'Le Président Joe Biden';
    const [run] = findNameRuns(text);
    expect(run && text.slice(run.start, run.end)).toBe('Joe Biden');
  });
});
