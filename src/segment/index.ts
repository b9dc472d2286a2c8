import type { Article, Sentence } from '../model/pipeline.js';
import { splitSentences } from './split.js';

const HEADING_MAX_WORDS = 14;

/**
 * Cleaned article text to sentences with spans. Bullet items ("- …") that follow a lead ending in
 * a colon become one sentence with their lead, so "Discussions may include:" keeps its items.
 */
export function segment(article: Article): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = paragraphsOf(article.text);
  let listLead: Sentence | null = null;
  paragraphs.forEach(({ text, start }, p) => {
    const push = (s: Omit<Sentence, 'id' | 'index' | 'source' | 'paragraph'>) => {
      const sentence: Sentence = { id: `${article.id}#${out.length}`, index: out.length, source: article.id, paragraph: p, ...s };
      out.push(sentence);
      return sentence;
    };
    if (text.startsWith('- ')) {
      const item = text.slice(2).trim();
      if (listLead) {
        const sep = listLead.text.endsWith(':') ? ' ' : '; ';
        listLead.text += sep + item.replace(/[.;]$/, '');
        listLead.end = start + text.length;
        listLead.kind = 'list';
      } else {
        push({ start: start + 2, end: start + text.length, text: item, kind: 'sentence' });
      }
      return;
    }
    listLead = null;
    if (isHeading(text, paragraphs[p + 1]?.text)) {
      push({ start, end: start + text.length, text, kind: 'heading' });
      return;
    }
    const spans = splitSentences(text);
    spans.forEach(([a, b], i) => {
      const s = push({ start: start + a, end: start + b, text: text.slice(a, b), kind: 'sentence' });
      if (i === spans.length - 1 && s.text.endsWith(':')) listLead = s;
    });
  });
  for (const s of out) if (s.kind === 'list' && !/[.?!]$/.test(s.text)) s.text += '.';
  return out;
}

function paragraphsOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ text: line, start: at });
    at += line.length + 1;
  }
  return out;
}

function isHeading(text: string, next: string | undefined): boolean {
  const words = text.split(/\s+/).length;
  if (words > HEADING_MAX_WORDS) return false;
  if (/[.!:;,"”’)]$/.test(text)) return false;
  if (text.endsWith('?')) return words <= 8 && next !== undefined && !next.startsWith('- ');
  return true;
}
