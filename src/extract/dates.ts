import { monthNumber } from '../data/index.js';
import type { DateMention, Precision, Sentence } from '../model/pipeline.js';
import { MAY_HOLD_A_DATE, newsChrono } from '../chrono.js';

const FUTURE = /\b(?:will|shall|to be|set to|scheduled|expected|due to|plans?|planned|upcoming|next|forthcoming|to visit|to hold|to sign|is to|are to)\b/i;
const PAST = /(?<!\b(?:be|been|being|to|will|would|shall|is|are)\s+)\b(?:was|were|had|met|ran|lasted|held|visited|travelled|traveled|took|went|came|spoke|signed|agreed|began|started|ended)\b/i;
/** Verbs of reporting: "said Friday" looks back. */
const SAID = /\b(?:said|told|announced|added|noted|wrote|tweeted|confirmed|reported|insisted|declared)\b/i;
/**
 * The words that send a sentence to chrono (a sentence without one is never read for dates, even
 * where chrono would misread it: "the 1990s after" is not "1990 seconds after").
 */
const DATEISH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight|week|month|year|ago|last|next|this|noon|midnight)|\d{1,4}[-/.:]\d|\b\d{1,2}(?:st|nd|rd|th)\b/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const NOT_A_DATE = /\b(?:now|this morning|this evening|this afternoon|today|tonight|tomorrow|yesterday|weeks?|weekends?|hours?|minutes?|days?|months?|years? ago)\b/i;
const DURATION = /^(?:for|over|within|in|after)\s+(?:the\s+)?(?:next|past|last|coming)?\s*(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)$/i;
/** "last 90 minutes", "in 48 hours": a length of time, not a date. */
const SPAN_OF_TIME = /\b\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
const MONTH_WORD = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAY_SPAN = new RegExp(String.raw`\bfrom\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+${MONTH_WORD})?\s+(?:to|until|till|through)\s+(?:${MONTH_WORD}\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+${MONTH_WORD})?(?:,?\s+(\d{4}))?`, 'gi');
const RELATIVE_YEAR = /^(last|this|next|previous|the previous|the following)\s+year$/i;
const BARE_YEAR = /\b(in|since|from|by|until|till|to|of|during|before|after|early|late|mid-|around|circa|the|and|or)\s+((?:19|20)\d{2})\b(?!\s*(?:-\d|–\d|\/\d|model|budget|census|edition|elections? cycle))/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((w) => new RegExp(`\\b${w.slice(0, 3)}`, 'i'));
/** The tense patterns, global, to find their last match before a point. */
const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
const WOULD_ALL = /\bwould\b/gi;
const PAST_ALL = new RegExp(PAST.source, 'gi');
const SAID_ALL = new RegExp(SAID.source, 'gi');

/**
 * Dates in one sentence, resolved against the article's own date. Adds what chrono leaves out:
 * ranges written with an en dash, "July last year", bare years ("in 2021") and weekdays read in
 * the sentence's tense ("will host on Thursday" looks forward, "said Friday" looks back).
 */
export function extractDates(sentence: Sentence, reference: string): DateMention[] {
  // Same-length rewrites keep offsets true: "4–5" → "4-5"; "the evening of 10 March" → "10 March".
  const text = sentence.text
    .replace(/(\d)[–—](\d)/g, '$1-$2')
    .replace(/\b(?:early |late )?(?:morning|afternoon|evening|night) of (?=\d|[A-Z])/gi, (m) => ' '.repeat(m.length))
    // "on Wednesday, the second day of the visit": chrono would read "the second" as the 2nd of the month.
    .replace(/,\s*the\s+(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+(?:day|evening|night|morning|afternoon)\b/gi, (m) => ' '.repeat(m.length));
  const ref = isoToParts(reference);
  const refDate = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  // Past-tense verbs win: "they met in September … longer than scheduled" looks back.
  const future = FUTURE.test(text) && !PAST.test(text);
  // chrono is the costliest extractor: only sentences with a word that can date something go to
  // it, and of those only the ones holding something chrono can read ("this", "money" and "last"
  // alone are not: about a third of them).
  const results = DATEISH.test(text) && MAY_HOLD_A_DATE.test(text) ? newsChrono.parse(text, { instant: refDate, timezone: 0 }) : [];
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  // "from 3 to 5 June", "from 3 June to 5 June": chrono loses the days of these.
  for (const m of text.matchAll(DAY_SPAN)) {
    const month = monthNumber(m[5] ?? m[3] ?? m[2] ?? '');
    const d1 = Number(m[1]);
    const endDay = Number(m[4]);
    if (!month || !endDay || endDay <= d1 || endDay > 31) continue;
    const year = m[6] ? Number(m[6]) : nearestYear(ref, month);
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push(mention(sentence, sentence.text.slice(start, m.index + m[0].length), start, m.index + m[0].length, format(year, month, d1, 'day'), format(year, month, endDay, 'day'), 'day', false));
    taken.push([start, m.index + m[0].length]);
  }
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const rtext = r.text;
    if (taken.some(([a, b]) => r.index < b && r.index + rtext.length > a)) continue;
    if (DURATION.test(rtext) || (SPAN_OF_TIME.test(rtext) && !MONTH_NAME.test(rtext))) continue;
    let start = r.index;
    let end = r.index + rtext.length;
    const c = r.start;
    let year = c.get('year')!;
    const month = c.get('month')!;
    const day = c.get('day')!;
    const rel = RELATIVE_YEAR.exec(rtext);
    if (rel) {
      out.push(mention(sentence, sentence.text.slice(start, end), start, end, `${ref.y + yearShift(rel[1]!)}`, null, 'year', false));
      taken.push([start, end]);
      continue;
    }
    if (NOT_A_DATE.test(rtext) && !/\d/.test(rtext) && !MONTH_NAME.test(rtext)) continue;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
    if (weekdayOnly) {
      const wd = WEEKDAYS.findIndex((w) => w.test(rtext));
      if (wd < 0) continue;
      const explicitNext = /\bnext\b/i.test(rtext);
      const explicitLast = /\blast\b/i.test(rtext);
      // The tense of the clause the weekday sits in: "told leaders … before they leave on Friday" looks forward.
      const clause = text.slice(Math.max(0, start - 60), start);
      const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.search(/\b(?:before|after|when|until|and)\b(?!.*\b(?:before|after|when|until|and)\b)/));
      const near = cut >= 0 ? clause.slice(cut) : clause;
      const tense = /^(?:before|until)\b/i.test(near.trim()) ? true : FUTURE.test(near) ? !PAST.test(near) : PAST.test(near) ? false : nearestTense(text.slice(0, start));
      const localFuture = tense ?? false;
      // News is dated the day it is written: "will meet on Wednesday" in Wednesday's paper is today; only "next Wednesday" is a week on.
      const iso = tense === null && !explicitNext && !explicitLast ? nearestWeekday(ref, wd) : shiftToWeekday(ref, wd, explicitNext || (localFuture && !explicitLast), explicitNext || explicitLast);
      out.push(mention(sentence, sentence.text.slice(start, end), start, end, iso, null, 'day', true));
      taken.push([start, end]);
      continue;
    }
    if (!c.isCertain('month') && !c.isCertain('year')) continue;
    // "July last year": chrono returns "July" and then "last year" as a separate result.
    const next = results[i + 1];
    if (next && c.isCertain('month') && !c.isCertain('year') && next.index - end <= 2 && RELATIVE_YEAR.test(next.text)) {
      year = ref.y + yearShift(RELATIVE_YEAR.exec(next.text)![1]!);
      end = next.index + next.text.length;
      i++;
    }
    // A month without a year: the last one before the article in the past tense, the next one after it in the future.
    if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && year === c.get('year')) {
      const at = `${year}-${String(month).padStart(2, '0')}`;
      const refMonth = `${ref.y}-${String(ref.m).padStart(2, '0')}`;
      if (!future && at > refMonth) year -= 1;
      else if (future && at < refMonth) year += 1;
    }
    const precision: Precision = c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : 'year';
    const iso = format(year, month, day, precision);
    let endIso: string | null = null;
    // "January 21 and 22" and "21 and 22 January": chrono reads one day; the other makes a span.
    const andAfter = /^\s+and\s+(\d{1,2})\b(?!\s*(?:%|per|[a-z]))/.exec(text.slice(end));
    const andBefore = /\b(\d{1,2})\s+and\s+$/.exec(text.slice(Math.max(0, start - 12), start));
    if (precision === 'day' && !r.end && andAfter && Number(andAfter[1]) > day && Number(andAfter[1]) <= 31) {
      endIso = format(year, month, Number(andAfter[1]), 'day');
      end += andAfter[0].length;
    } else if (precision === 'day' && !r.end && andBefore && Number(andBefore[1]) < day) {
      endIso = format(year, month, day, 'day');
      start -= andBefore[0].length;
      out.push(mention(sentence, sentence.text.slice(start, end), start, end, format(year, month, Number(andBefore[1]), 'day'), endIso, precision, false));
      taken.push([start, end]);
      continue;
    }
    if (r.end) {
      const e = r.end;
      const ey = e.isCertain('year') ? e.get('year')! : year;
      endIso = format(ey, e.get('month')!, e.get('day')!, precision);
      if (endIso === iso) endIso = null;
    }
    out.push(mention(sentence, sentence.text.slice(start, end), start, end, iso, endIso, precision, false));
    taken.push([start, end]);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[2]!.length;
    const end = start + 4;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    out.push(mention(sentence, m[2]!, start, end, m[2]!, null, 'year', false));
  }
  // Impossible dates ("30 February", "5 AD") are misreadings, not dates.
  return out
    .filter((m) => valid(m.date, m.precision) && (m.endDate === null || (valid(m.endDate, m.precision) && m.endDate >= m.date)))
    .sort((a, b) => a.start - b.start);
}

/** The tense of the verb nearest before a point: "will welcome them … on Thursday, the biggest gathering ever held". */
function nearestTense(before: string): boolean | null {
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of before.matchAll(re)) at = m.index;
    return at;
  };
  // "said he would meet them on Tuesday": the future of the past looks forward.
  const f = Math.max(last(FUTURE_ALL), last(WOULD_ALL));
  const p = Math.max(last(PAST_ALL), last(SAID_ALL));
  return f < 0 && p < 0 ? null : f > p;
}

/** Tense unknown: the weekday nearest the day of writing, either way ("arrives Wednesday" in Tuesday's paper). */
function nearestWeekday(ref: { y: number; m: number; d: number }, weekday: number): string {
  const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const ahead = (weekday - base.getUTCDay() + 7) % 7;
  base.setUTCDate(base.getUTCDate() + (ahead <= 3 ? ahead : ahead - 7));
  return base.toISOString().slice(0, 10);
}

function mention(s: Sentence, text: string, start: number, end: number, date: string, endDate: string | null, precision: Precision, weekday: boolean): DateMention {
  return { sentence: s.id, source: s.source, text, start, end, date, endDate, precision, weekday };
}

function valid(iso: string, precision: Precision): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) && plausible(y!, m ?? 1, d ?? 1, precision);
}

function yearShift(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' || w.includes('previous') ? -1 : w === 'next' || w.includes('following') ? 1 : 0;
}

/** A real calendar date in a plausible range (chrono also reads "5 AD" and "4 BE"). */
function plausible(y: number, m: number, d: number, p: Precision): boolean {
  if (!Number.isInteger(y) || y < 1000 || y > 2999) return false;
  if (p === 'year') return true;
  if (m < 1 || m > 12) return false;
  if (p === 'month') return true;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function format(y: number, m: number, d: number, p: Precision): string {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return p === 'year' ? `${y}` : p === 'month' ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
}


/** The year that puts the month nearest the reference date. */
function nearestYear(ref: { y: number; m: number }, month: number): number {
  const diff = month - ref.m;
  return diff > 6 ? ref.y - 1 : diff < -6 ? ref.y + 1 : ref.y;
}

export function isoToParts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m ?? 1, d: d ?? 1 };
}

function shiftToWeekday(ref: { y: number; m: number; d: number }, weekday: number, forward: boolean, skipToday = false): string {
  const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const ahead = (weekday - base.getUTCDay() + 7) % 7;
  // "next Thursday" said on a Thursday is a week on; "last Thursday", a week back.
  const delta = forward ? ahead || (skipToday ? 7 : 0) : ahead ? ahead - 7 : skipToday ? -7 : 0;
  base.setUTCDate(base.getUTCDate() + delta);
  return base.toISOString().slice(0, 10);
}
