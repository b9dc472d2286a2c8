import { monthNumber } from '../data/index.js';
import type { Warning } from '../model/schema.js';
import type { Article, CorpusFile } from '../model/pipeline.js';
import { isDateLine, parseHeaderDate } from './dates.js';
import { readCredit, readDateline } from './dateline.js';
import { decode } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { outletFromUrl, readHeaders } from './headers.js';
import { htmlToLines } from './html.js';
import { keptParts } from './inline/index.js';
import { dropFront, dropFrontOf, splitLines, textOf, trimLine, type Line } from './lines.js';
import { MIDDLE, noiseOf } from './noise/index.js';
import { TextBuilder } from './offsets.js';

/** Longer lines are data dumps or minified pages, not prose; skipping them keeps every run bounded. */
export const MAX_LINE = 20_000;
const LONE_BULLET = /^[-•*–·▪●◦]$/;
const BULLET_PREFIX = /^[•*▪●◦·]\s+/;
const TERMINAL = /[.!?:;"”’)\]]$/;

/** A line of article text kept for the paragraphs: its parts, each at its true offset in the file. */
interface Kept {
  parts: Line[];
  text: string;
  bullet: boolean;
  heading: boolean;
}

export function formatOf(path: string, fromPdf = false): Article['format'] | null {
  if (fromPdf) return 'txt';
  const ext = path.toLowerCase().split('.').pop();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return null;
}

/** One file to one cleaned article with its metadata. */
export function ingestFile(file: CorpusFile, id: string, format: Article['format']): { article: Article; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const decoded = decode(file.bytes);
  if (decoded.invalid > 0) warnings.push({ file: file.path, message: `${decoded.invalid} invalid ${decoded.encoding} byte sequence(s) replaced` });
  const raw = decoded.text;

  let lines: Line[];
  let title: string | null = null;
  let url: string | null = null;
  let outlet: string | null = null;
  let published: string | null = null;
  let author: string | null = null;
  if (format === 'html') {
    const html = htmlToLines(raw);
    lines = html.lines;
    title = html.meta['og:title'] ?? html.title;
    url = html.meta['og:url'] ?? html.meta['canonical'] ?? null;
    outlet = html.meta['og:site_name'] ?? null;
    const when = html.meta['article:published_time'] ?? html.meta['date'] ?? html.meta['pubdate'] ?? null;
    published = when && /^\d{4}-\d{2}-\d{2}/.test(when) ? when.slice(0, 10) : null;
  } else {
    // Front matter first: it is metadata, never text. Header lines may follow it.
    const front = readFrontMatter(splitLines(raw));
    for (const problem of front.problems) warnings.push({ file: file.path, message: problem });
    ({ published, url, title, outlet } = front.headers);
    author = front.headers.author;
    lines = front.body;
  }

  const { headers, body } = readHeaders(lines);
  published ??= headers.published;
  url ??= headers.url;
  title ??= headers.title;
  outlet ??= headers.outlet;
  author ??= headers.author;

  const texts: Line[] = [];
  for (const original of body) {
    const line = trimLine(original);
    if (!line.text) continue;
    if (line.text.length > MAX_LINE) {
      warnings.push({ file: file.path, message: `skipped a line of ${line.text.length} characters (over ${MAX_LINE}): not article prose` });
      continue;
    }
    texts.push(line);
  }
  // Where the article's own text ends: newsletter prompts and copyright lines after it do not count
  // when a rule asks whether a line is among the last (an author's bio is, above the footer).
  // Rules read what a reader sees: a Markdown line without its emphasis and link targets.
  const shown = (text: string) => (format === 'md' ? plainMarkdown(text) : text);
  let end = texts.length;
  while (end > 0 && noiseOf(shown(texts[end - 1]!.text), MIDDLE)) end--;

  // First pass: drop noise and metadata lines, mark headings, join lone bullets, cut inline furniture.
  const kept: Kept[] = [];
  let pendingBullet = false;
  let seenText = 0;
  for (let i = 0; i < texts.length; i++) {
    let line = texts[i]!;
    if (noiseOf(shown(line.text), { index: i, fromEnd: Math.max(0, end - 1 - i), prev: texts[i - 1]?.text ?? null })) continue;
    if (seenText < 8) {
      const date = isDateLine(line.text);
      if (date) {
        published ??= date;
        continue;
      }
    }
    if (LONE_BULLET.test(line.text)) {
      pendingBullet = true;
      continue;
    }
    let heading = false;
    if (format === 'md') {
      const h = /^(#{1,6})\s+/.exec(line.text);
      if (h) {
        line = dropFront(line, h[0].length);
        if (h[1] === '#' && !title) {
          title = line.text;
          continue;
        }
        heading = true;
      }
      line = { text: plainMarkdown(line.text), orig: line.orig };
    }
    let bullet = pendingBullet;
    pendingBullet = false;
    const prefix = BULLET_PREFIX.exec(line.text) ?? /^-\s+/.exec(line.text);
    if (prefix) {
      line = dropFront(line, prefix[0].length);
      bullet = true;
    }
    const parts = keptParts(line);
    if (!parts.length) continue;
    kept.push({ parts, text: textOf(parts), bullet, heading });
    seenText++;
  }

  // Agency credit on the last line.
  const last = kept[kept.length - 1];
  let credit: string | null = null;
  if (last && kept.length > 1 && !last.bullet) {
    credit = readCredit(last.text);
    if (credit) kept.pop();
  }

  // Title: a short first line without a full stop, for plain text.
  if (!title && format === 'txt' && kept.length > 1) {
    const first = kept[0]!.text;
    const words = first.split(/\s+/).length;
    if (words <= 18 && !/[.:]$/.test(first) && !kept[0]!.bullet) {
      title = first;
      kept.shift();
    }
  } else if (title && kept[0] && normalise(kept[0].text) === normalise(title)) {
    kept.shift();
  }

  // Dateline on one of the first paragraphs (a standfirst may come before it).
  let dateline: string | null = null;
  let datelineDay: string | null = null;
  let datelineRegion: string | null = null;
  for (let i = 0; i < Math.min(3, kept.length) && !dateline; i++) {
    const d = readDateline(kept[i]!.text);
    if (d) {
      dateline = d.place;
      datelineRegion = d.region;
      credit ??= d.agency;
      if (d.date) {
        published ??= parseHeaderDate(d.date);
        datelineDay = monthDay(d.date);
      }
      const parts = dropFrontOf(kept[i]!.parts, d.length);
      kept[i] = { ...kept[i]!, parts, text: textOf(parts) };
    }
  }

  // A standfirst that only repeats the start of the next paragraph says nothing new.
  for (let i = kept.length - 2; i >= 0; i--) {
    const a = normalise(kept[i]!.text);
    if (a.length > 40 && normalise(kept[i + 1]!.text).startsWith(a)) kept.splice(i, 1);
  }

  // Second pass: paragraphs, joining hard-wrapped lines.
  const builder = new TextBuilder();
  let prev: Kept | null = null;
  for (const k of kept) {
    const continues = prev && !k.bullet && !k.heading && !prev.heading && !TERMINAL.test(prev.text) && /^[a-z(]/.test(k.text);
    if (builder.size > 0) builder.push(continues ? ' ' : '\n', null);
    if (k.bullet) builder.push('- ', null);
    for (const p of k.parts) builder.push(p.text, p.orig);
    prev = k;
  }
  const { text, offsets } = builder.done();

  outlet ??= (url ? outletFromUrl(url) : null) ?? credit ?? 'unattributed';
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (!title) title = firstSentence(text);
  if (!published) warnings.push({ file: file.path, message: 'no publication date found' });
  if (words >= 40 && !looksEnglish(text)) warnings.push({ file: file.path, message: 'does not look like English; extraction is tuned for English news' });

  return {
    article: { id, file: file.path, format, raw, text, offsets, title, outlet, url, published, author, dateline, datelineDay, datelineRegion, words, duplicateOf: null },
    warnings,
  };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => l.split(/\s+/).length >= 4) ?? text.split('\n')[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence.length <= 100) return sentence.replace(/[.]$/, '') || '(untitled)';
  const cut = sentence.slice(0, 100);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '') + '…';
}

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'that', 'will', 'as', 'by', 'has', 'was', 'at', 'from', 'be', 'its', 'said', 'have', 'it', 'are', 'an']);

/** "**Related:** [A story](https://…)" → "Related: A story". */
function plainMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\((?:[^)]*)\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}*_])/gu, '$2');
}

/** A text where under one word in twelve is a common English function word is probably not English. */
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / Math.max(1, words.length) >= 1 / 12;
}


/** "March 7" or "7 March" → "03-07". */
function monthDay(text: string): string | null {
  const m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3})/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4]!);
  const day = Number(m[2] ?? m[3]);
  return month && day >= 1 && day <= 31 ? `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}
