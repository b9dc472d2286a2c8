import { describe, expect, it } from 'vitest';
import { dateWords, inSentence, numberWord, rangeWords, sayings, verb } from '../../../src/consolidate/discrepancies/words.js';

const side = (n: number, value: string) => ({ sources: Array.from({ length: n }, (_, i) => `S${i + 1}`), value });

describe('words for notes', () => {
  it('writes small numbers in words and larger ones in figures', () => {
    expect([numberWord(1), numberWord(2), numberWord(12), numberWord(14)]).toEqual(['one', 'two', 'twelve', '14']);
  });

  it('writes dates as a reader says them, never ISO', () => {
    expect(dateWords('2027-01-21')).toBe('21 January 2027');
    expect(dateWords('2027-01-21', true)).toBe('Thursday 21 January 2027');
    expect(dateWords('2024-07')).toBe('July 2024');
    expect(dateWords('2024')).toBe('2024');
    expect(rangeWords('2027-01-21', '2027-01-22')).toBe('21–22 January 2027');
    expect(rangeWords('2027-01-30', '2027-02-02')).toBe('30 January – 2 February 2027');
    expect(rangeWords('2026-12-30', '2027-01-02')).toBe('30 December 2026 – 2 January 2027');
  });

  it('says what each side holds in one sentence, the first side in full', () => {
    const put = (v: string, p: boolean) => `${verb('put', p)} the length of the talks at ${v}`;
    expect(sayings([side(1, 'more than two hours'), side(1, '45 minutes')], put, (v) => `at ${v}`)).toBe('One source puts the length of the talks at more than two hours; another at 45 minutes.');
    expect(sayings([side(2, '11 agreements'), side(1, '14 agreements')], (v, p) => `${verb('count', p)} ${v}`, (v) => v)).toBe('Two sources count 11 agreements; another 14 agreements.');
    expect(sayings([side(1, 'A'), side(3, 'B')], (v, p) => `${verb('say', p)} ${v}`)).toBe('One source says A; three others say B.');
  });

  it('tells three sides and counts the rest, so the note stays one sentence', () => {
    const say = (v: string, p: boolean) => `${verb('say', p)} ${v}`;
    expect(sayings([side(4, 'A'), side(3, 'B'), side(2, 'C'), side(2, 'D'), side(1, 'E')], say)).toBe('Four sources say A; three others say B; two others say C; three more sources give two other answers.');
  });

  it('agrees the verb with its subject', () => {
    expect([verb('say', false), verb('say', true), verb('place', false), verb('reach', false), verb('carry', false)]).toEqual(['says', 'say', 'places', 'reaches', 'carries']);
  });

  it('puts a topic inside a sentence', () => {
    expect(inSentence('Value of the credit line')).toBe('the value of the credit line');
  });
});
