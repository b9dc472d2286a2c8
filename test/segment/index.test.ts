import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../src/model/pipeline.js';
import { segment } from '../../src/segment/index.js';

function articleOf(text: string, id = 'S1'): Article {
  return {
    id, file: `${id}.txt`, format: 'txt', raw: text, text, offsets: { clean: [0], orig: [0] }, title: 't', outlet: 'o',
    url: null, published: null, dateline: null, words: text.split(/\s+/).length, duplicateOf: null,
  };
}

const TEXT = [
  'Trade and economic concerns',
  'The deal is worth $3 billion, officials said. Mr. Velmonov agreed.',
  'Discussions may include:',
  '- a defence pact',
  '- a trade deal',
  'The talks ended.',
  'What comes next?',
  'Nobody knows yet.',
  '- a stray item',
].join('\n');

describe('segment', () => {
  const article = articleOf(TEXT);
  const sentences = segment(article);
  const byText = (t: string): Sentence => {
    const s = sentences.find((x) => x.text === t);
    if (!s) throw new Error(`no sentence "${t}" in ${JSON.stringify(sentences.map((x) => x.text))}`);
    return s;
  };

  it('produces the expected sentences and kinds in order', () => {
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Trade and economic concerns'],
      ['sentence', 'The deal is worth $3 billion, officials said.'],
      ['sentence', 'Mr. Velmonov agreed.'],
      ['list', 'Discussions may include: a defence pact; a trade deal.'],
      ['sentence', 'The talks ended.'],
      ['heading', 'What comes next?'],
      ['sentence', 'Nobody knows yet.'],
      ['sentence', 'a stray item'],
    ]);
  });

  it('numbers sentences and gives ids of the form source#index', () => {
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.id).toBe(`S1#${i}`);
      expect(s.source).toBe('S1');
    });
  });

  it('records the paragraph each sentence starts in', () => {
    expect(byText('The deal is worth $3 billion, officials said.').paragraph).toBe(1);
    expect(byText('Mr. Velmonov agreed.').paragraph).toBe(1);
    expect(byText('The talks ended.').paragraph).toBe(5);
  });

  it('gives every sentence a non-empty [start, end) span of the article text', () => {
    for (const s of sentences) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(article.text.slice(s.start, s.end).trim()).not.toBe('');
    }
  });

  it('gives a plain sentence a span that slices to exactly its text', () => {
    for (const s of sentences.filter((x) => x.kind === 'sentence' || x.kind === 'heading')) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('folds a lead ending in ":" and its "- " items into one list sentence spanning them all', () => {
    const list = sentences.find((s) => s.kind === 'list')!;
    expect(list.text).toContain('a defence pact');
    expect(list.text).toContain('a trade deal');
    expect(article.text.slice(list.start, list.end)).toBe('Discussions may include:\n- a defence pact\n- a trade deal');
  });

  it('takes a short line without final punctuation as a heading', () => {
    expect(byText('Trade and economic concerns').kind).toBe('heading');
  });

  it('takes a short question followed by text as a heading', () => {
    expect(byText('What comes next?').kind).toBe('heading');
  });

  it('does not take a short line ending in a full stop for a heading', () => {
    expect(byText('The talks ended.').kind).toBe('sentence');
  });

  it('does not take a long line without a stop for a heading', () => {
    const long = 'The two delegations spent the whole of the afternoon going through every clause of the draft text together';
    const [s] = segment(articleOf(long));
    expect(s!.kind).toBe('sentence');
  });

  it('keeps a "- " item with no lead as its own sentence without the dash', () => {
    const s = byText('a stray item');
    expect(article.text.slice(s.start, s.end)).toBe('a stray item');
  });

  it('joins items after a lead ending in ":" inside a paragraph of several sentences', () => {
    const text = 'Talks went well. The agenda had two items:\n- energy;\n- defence.';
    const out = segment(articleOf(text));
    expect(out.map((s) => [s.kind, s.text])).toEqual([
      ['sentence', 'Talks went well.'],
      ['list', 'The agenda had two items: energy; defence.'],
    ]);
    expect(text.slice(out[1]!.start, out[1]!.end)).toBe('The agenda had two items:\n- energy;\n- defence.');
  });

  it('returns nothing for empty text', () => {
    expect(segment(articleOf(''))).toEqual([]);
  });
});
