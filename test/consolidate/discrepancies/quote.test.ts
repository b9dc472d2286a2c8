import { describe, expect, it } from 'vitest';
import { quote, tightQuote } from '../../../src/consolidate/discrepancies/quote.js';
import type { Statement } from '../../../src/consolidate/discrepancies/types.js';
import { contextOf, outlets } from './fixtures.js';

const LONG =
  'In a lengthy joint statement released after the plenary session, which also touched on fisheries, Antarctic research, direct flights and university exchanges, ' +
  'the two presidents said Poland would extend a $300 million credit line for the Atacama copper smelter package, to be repaid over fifteen years, ' +
  'with further tranches possible if the first phase of the smelter is completed on schedule and the copper prices hold.';

const { ctx, articles } = contextOf(
  outlets(
    ['The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.', LONG],
    ['The two sides will sign the following:', '- a $2 billion lithium supply deal for Polish battery makers;', '- a port agreement for Valparaíso and Gdynia.'],
  ),
);
const statement = (part: string): Statement => {
  const s = ctx.statements.find((x) => x.text.includes(part));
  expect(s, part).toBeDefined();
  return s!;
};
const articleText = (s: Statement) => articles.find((a) => a.id === s.source)!.text;
const focus = (s: Statement, part: string): [number, number] => {
  const at = s.text.indexOf(part);
  return [at, at + part.length];
};

describe('quote', () => {
  it('quotes a short sentence whole', () => {
    const s = statement('lasted 90 minutes');
    expect(quote(s, ...focus(s, '90 minutes'))).toBe('The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.');
    expect(quote(s)).toBe(s.text);
  });

  it('quotes the words around the focus of a long sentence, verbatim and on word boundaries', () => {
    const s = statement('$300 million');
    expect(s.text.length).toBeGreaterThan(220);
    const q = quote(s, ...focus(s, '$300 million'));
    expect(q).toContain('$300 million');
    expect(q.length).toBeLessThan(s.text.length);
    expect(articleText(s)).toContain(q);
    expect(s.text).toContain(q);
    // Whole words at both ends, no dangling punctuation at the end.
    const at = s.text.indexOf(q);
    expect(at === 0 || s.text[at - 1] === ' ').toBe(true);
    expect(/[\s,;:—–-]$/.test(q)).toBe(false);
    expect(s.text[at + q.length] === undefined || /[\s,.;]/.test(s.text[at + q.length]!)).toBe(true);
  });

  it('quotes the start of a long sentence when the focus is there, and its end when the focus is there', () => {
    const s = statement('$300 million');
    const head = quote(s, ...focus(s, 'In a lengthy'));
    expect(head.startsWith('In a lengthy joint statement')).toBe(true);
    const tail = quote(s, ...focus(s, 'copper prices hold'));
    expect(tail.endsWith('the copper prices hold.')).toBe(true);
    expect(articleText(s)).toContain(head);
    expect(articleText(s)).toContain(tail);
  });

  it('quotes the one list item that holds the focus, as it stands in the article (not the joined sentence)', () => {
    const s = statement('$2 billion lithium');
    expect(s.a.sentence.kind).toBe('list');
    // The joined sentence is not in the article; the item is.
    expect(articleText(s)).not.toContain(s.text);
    const q = quote(s, ...focus(s, '$2 billion'));
    expect(q).toBe('a $2 billion lithium supply deal for Polish battery makers');
    expect(articleText(s)).toContain(q);
    const port = quote(s, ...focus(s, 'port agreement'));
    expect(port).toBe('a port agreement for Valparaíso and Gdynia');
    expect(articleText(s)).toContain(port);
  });

  it('quotes the lead of a list when the focus is in the lead', () => {
    const s = statement('$2 billion lithium');
    const q = quote(s, ...focus(s, 'will sign'));
    expect(q).toBe('The two sides will sign the following:');
    expect(articleText(s)).toContain(q);
  });
});

describe('tightQuote', () => {
  it('quotes the clause that holds the value and its subject, not the whole sentence', () => {
    const s = statement('$300 million');
    const q = tightQuote(s, [focus(s, '$300 million'), focus(s, 'credit line')]);
    expect(q).toBe('the two presidents said Poland would extend a $300 million credit line for the Atacama copper smelter package');
    expect(articleText(s)).toContain(q);
  });

  it('widens to a few words at least, leftwards first, and does not stop on a word that needs the next', () => {
    const s = statement('lasted 90 minutes');
    const q = tightQuote(s, [focus(s, '90 minutes')]);
    expect(q).toBe('The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.');
    expect(q.split(' ').length).toBeGreaterThanOrEqual(6);
    expect(articleText(s)).toContain(q);
  });

  it('stays inside the list item that holds the value, as the article has it', () => {
    const s = statement('$2 billion lithium');
    const q = tightQuote(s, [focus(s, '$2 billion')]);
    // Six words name what the amount is for; the line's end is further than a clause reaches.
    expect(q).toBe('a $2 billion lithium supply deal');
    expect(articleText(s)).toContain(q);
  });
});

