// What one line of a scrape is: content, metadata, or site furniture set aside.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../../src/parser/lines/read-line';
import { splitGluedFooter } from '../../../src/parser/lines/site-footer';

describe('reading a line', () => {
  it.each([
    ['Le président a parlé.', { kind: 'paragraph', text: 'Le président a parlé.' }],
    ['Source link', { kind: 'site-footer' }],
    ['Laisser un commentairenone', { kind: 'site-footer' }],
    ['LEAVE A REPLY', { kind: 'site-footer' }],
    ['none', { kind: 'scrape-noise' }],
    ['***', { kind: 'scrape-noise' }],
    ['PHOTO :', { kind: 'scrape-noise' }],
    ['PHOTO : Joe Biden, à droite. (Susan Walsh/AP)', { kind: 'caption', text: 'Joe Biden, à droite.', credit: 'Susan Walsh/AP' }],
    ['Photos: la salle (à gauche)', { kind: 'caption', text: 'la salle (à gauche)', credit: null }],
    ['PLUS : Un autre article', { kind: 'related', title: 'Un autre article' }],
    ['Plus : la suite de la phrase.', { kind: 'paragraph', text: 'Plus : la suite de la phrase.' }],
    ['Les troupes partent paru à l’origine sur abcnews.go.com', { kind: 'source', site: 'abcnews.go.com' }],
    ['Libby Cathey d’ABC News a contribué à ce rapport.', { kind: 'contributors', names: ['Libby Cathey'] }],
    ['Charles de Gaulle de l’AFP a contribué à ce rapport.', { kind: 'contributors', names: ['Charles de Gaulle'] }],
    ['Anne Martin, Paul Roy et Marc Petit de CNN ont contribué à cet article.', { kind: 'contributors', names: ['Anne Martin', 'Paul Roy', 'Marc Petit'] }],
    ['Georges Leekens et Vincent Kompany. NEWS', { kind: 'caption', text: 'Georges Leekens et Vincent Kompany.', credit: 'NEWS' }],
    ['Par Mourad Guichard', { kind: 'byline', names: ['Mourad Guichard'] }],
    ['Nicolas Crousse', { kind: 'name-line', names: ['Nicolas Crousse'] }],
    ['Publié le 21 avril 2023 à 17:08', { kind: 'set-aside', reason: 'dateline' }],
    ['— Nadine Morano (@nadine__morano) June 4, 2012', { kind: 'set-aside', reason: 'embed-credit' }],
    ['Partager', { kind: 'set-aside', reason: 'share' }],
    ['© AFP', { kind: 'set-aside', reason: 'credit' }],
    ['<iframe loading="lazy" title="La Grande Interview" src="https://www.youtube.com/embed/x"></iframe>', { kind: 'scrape-noise' }],
    ['532', { kind: 'scrape-noise' }],
    ['@JonasLegge', { kind: 'scrape-noise' }],
  ])('%s', (line, expected) => {
    expect(readLine(line)).toEqual(expected);
  });
});

describe('a footer glued to a content line', () => {
  it.each([
    ['…de chaque mois.Source link', { text: '…de chaque mois.', footer: 'Source link' }],
    ['…de chaque mois. Laisser un commentairenone', { text: '…de chaque mois.', footer: 'Laisser un commentairenone' }],
    ['Source link', { text: 'Source link', footer: null }],
    ['…le lien source link', { text: '…le lien source link', footer: null }],
  ])('%s', (line, expected) => {
    expect(splitGluedFooter(line)).toEqual(expected);
  });
});
