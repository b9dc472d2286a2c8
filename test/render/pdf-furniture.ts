import type { LaidPage, Line } from './pdf-lines.js';

/** The page bands the brief's styles give the running header and footer, and the body between. */
const HEADER_BELOW = 45;
const FOOTER_ABOVE = 40;
const BODY_TOP = 54;
const BODY_BOTTOM = 54;
const SIDE = 50;
/** Heading sizes in the brief's styles: 12.5 pt sections, 10 pt sub-headings; nothing else is set in them. */
const H2 = 12.5;
const H3 = 10;

/** Each table's heading and the text of its header row. */
export const TABLE_HEADS: Record<string, string> = {
  'Defence programmes': 'Programme What is said Sources',
  Timeline: 'Date What happened',
  'Source discrepancies': 'Topic What the sources say Why',
};

const near = (a: number, b: number) => Math.abs(a - b) < 0.3;
export const isH2 = (l: Line) => near(l.size, H2);
const isHeading = (l: Line) => isH2(l) || near(l.size, H3);
const isTableHead = (l: Line) => Object.values(TABLE_HEADS).includes(l.text);
/** "…and N further …" under a table or a list, at the left margin (a row's own such line is indented). */
const isMoreLine = (l: Line) => l.text.startsWith('…') && l.items[0]!.x < 51;

export const headerLines = (p: LaidPage) => p.lines.filter((l) => l.y < HEADER_BELOW);
export const footerLines = (p: LaidPage) => p.lines.filter((l) => l.y > p.height - FOOTER_ABOVE);
export const bodyLines = (p: LaidPage) => p.lines.filter((l) => l.y >= HEADER_BELOW && l.y <= p.height - FOOTER_ABOVE);

/** Splits a one-line band at the first item `starts` matches: what is left of it, and it with the rest. */
function split(line: Line, starts: RegExp) {
  const at = line.items.findIndex((i) => starts.test(i.str.trim()));
  if (at <= 0) return null;
  const left = line.items.slice(0, at);
  const right = line.items.slice(at);
  return {
    left: left.map((i) => i.str).join(''),
    leftEnd: Math.max(...left.map((i) => i.right)),
    right: right.map((i) => i.str.trim()).join(' '),
    rightStart: right[0]!.x,
    rightEnd: Math.max(...right.map((i) => i.right)),
  };
}

/** A running text printed whole, or cut with an ellipsis after a start of it. */
function isShownAs(shown: string, full: string): boolean {
  const s = shown.trim();
  // A word too long for the line may break there with a hyphen before the ellipsis.
  return s === full || (s.endsWith('…') && s.length > 1 && full.startsWith(s.slice(0, -1).trimEnd().replace(/(?<=\S)-$/, '')));
}

/**
 * What is wrong with the page furniture and the page breaks of a rendered brief, one line each:
 * header and footer on one line each without overprinting, all text within the side margins and the
 * body between header and footer, no heading or table header row last on a page, a table's header row
 * at the head of every page it continues on.
 */
export function furnitureProblems(pages: LaidPage[], want: { title: string; marking: string | null }): string[] {
  const problems: string[] = [];
  let table: string | null = null;
  for (const page of pages) {
    const at = `page ${page.number}`;
    const head = headerLines(page);
    const h = head.length === 1 ? split(head[0]!, /^As of\b/) : null;
    if (!h) problems.push(`${at}: header is not one line of title and date: ${JSON.stringify(head.map((l) => l.text))}`);
    else {
      if (h.leftEnd + 4 > h.rightStart) problems.push(`${at}: header title ends at ${h.leftEnd.toFixed(1)}, date starts at ${h.rightStart.toFixed(1)}`);
      if (h.rightEnd > page.width - 49) problems.push(`${at}: header date runs to ${h.rightEnd.toFixed(1)}`);
      if (!isShownAs(h.left, want.title)) problems.push(`${at}: header title reads ${JSON.stringify(h.left)}`);
    }
    const foot = footerLines(page);
    const f = foot.length === 1 ? split(foot[0]!, /^Page \d/) : null;
    if (!f) problems.push(`${at}: footer is not one line of marking and page number: ${JSON.stringify(foot.map((l) => l.text))}`);
    else {
      if (f.leftEnd + 4 > f.rightStart) problems.push(`${at}: footer marking ends at ${f.leftEnd.toFixed(1)}, page number starts at ${f.rightStart.toFixed(1)}`);
      if (f.right !== `Page ${page.number} of ${pages.length}`) problems.push(`${at}: footer reads ${JSON.stringify(f.right)}`);
      if (!isShownAs(f.left, want.marking ?? 'Attaché brief')) problems.push(`${at}: footer marking reads ${JSON.stringify(f.left)}`);
    }
    for (const l of page.lines) {
      const left = Math.min(...l.items.map((i) => i.x));
      const right = Math.max(...l.items.map((i) => i.right));
      if (left < SIDE - 1 || right > page.width - SIDE + 1) problems.push(`${at}: line at ${l.y.toFixed(1)} runs from ${left.toFixed(1)} to ${right.toFixed(1)}, past the side margins: ${l.text.slice(0, 40)}`);
    }
    const body = bodyLines(page);
    for (const l of body) {
      if (l.y < BODY_TOP || l.y > page.height - BODY_BOTTOM + 1) problems.push(`${at}: body line at ${l.y.toFixed(1)} runs into the margin: ${l.text.slice(0, 40)}`);
    }
    // A page the table runs on into starts with its header row (or with the line saying how many more).
    const open = table;
    const first = body[0];
    if (open && first && !isH2(first) && !isMoreLine(first) && first.text !== TABLE_HEADS[open]) problems.push(`${at}: "${open}" continues, but the page starts with "${first.text.slice(0, 50)}"`);
    body.forEach((l, i) => {
      const rest = body.slice(i + 1);
      if (isHeading(l) && !rest.some((r) => !isHeading(r))) problems.push(`${at}: heading "${l.text}" has no text after it on its page`);
      if (isTableHead(l)) {
        if (!rest.length) problems.push(`${at}: table header row "${l.text}" is the last line of its page`);
        const underHeading = i > 0 && TABLE_HEADS[body[i - 1]!.text] === l.text && isH2(body[i - 1]!);
        const continuing = i === 0 && open !== null && TABLE_HEADS[open] === l.text;
        if (!underHeading && !continuing) problems.push(`${at}: table header row "${l.text}" is neither under its heading nor at the head of a page its table continues on`);
      }
      if (isH2(l)) table = l.text in TABLE_HEADS ? l.text : null;
      else if (isMoreLine(l)) table = null;
    });
  }
  return problems;
}
