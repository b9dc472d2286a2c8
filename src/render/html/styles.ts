/**
 * One set of styles for both HTML outputs. brief.html names them as classes under one <style>;
 * the mail body writes each inline on its element, because mail clients drop <style> blocks.
 * No double quotes in a value: it goes inside a style="…" attribute.
 */
const FONT = "font-family:-apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif";
const INK = '#1a1a1a';
const MUTED = '#5f6368';
const RULE = '#d0d4d9';
const TINT = '#f4f6f8';

export const STYLES = {
  sheet: `${FONT};color:${INK};font-size:15px;line-height:1.45;max-width:760px;margin:0 auto;padding:24px 20px`,
  marking: `${FONT};font-weight:700;font-size:13px;letter-spacing:0.06em;text-align:center;color:#8b1a1a;border:2px solid #8b1a1a;padding:4px 8px;margin:0 0 16px`,
  h1: `${FONT};font-size:24px;line-height:1.25;margin:0 0 4px;color:${INK}`,
  asOf: `${FONT};font-size:14px;color:${MUTED};margin:0 0 12px`,
  summary: `${FONT};font-size:15px;margin:0 0 16px`,
  box: `background:${TINT};border-left:4px solid #3b5b7a;padding:10px 14px;margin:0 0 16px`,
  boxTitle: `${FONT};font-size:16px;font-weight:700;margin:0 0 6px;color:#23384d`,
  h2: `${FONT};font-size:18px;margin:24px 0 8px;padding-bottom:3px;border-bottom:1px solid ${RULE};color:#23384d`,
  h3: `${FONT};font-size:15px;margin:14px 0 6px;color:#23384d`,
  ul: 'margin:0 0 8px;padding:0 0 0 20px',
  li: `${FONT};margin:0 0 5px`,
  liPointer: `${FONT};margin:0 0 5px;font-style:italic`,
  cite: `color:#3b5b7a;font-size:12px;white-space:nowrap;text-decoration:none`,
  hedged: `color:${MUTED};font-size:12px`,
  more: `${FONT};color:${MUTED};font-size:13px;font-style:italic;margin:4px 0 8px`,
  empty: `${FONT};color:${MUTED};font-style:italic;margin:0 0 8px`,
  people: `${FONT};color:${MUTED};font-size:13px;margin:8px 0 0`,
  table: `border-collapse:collapse;width:100%;margin:0 0 8px`,
  th: `${FONT};text-align:left;vertical-align:bottom;font-size:13px;background:#e6ebf0;border:1px solid ${RULE};padding:5px 7px`,
  td: `${FONT};vertical-align:top;font-size:14px;border:1px solid ${RULE};padding:5px 7px;overflow-wrap:break-word`,
  tdStrong: `${FONT};vertical-align:top;font-size:14px;border:1px solid ${RULE};padding:5px 7px;font-weight:700;overflow-wrap:break-word`,
  facts: 'border-collapse:collapse;margin:0',
  factLabel: `${FONT};vertical-align:top;font-size:14px;font-weight:700;padding:2px 12px 2px 0;white-space:nowrap`,
  factValue: `${FONT};vertical-align:top;font-size:14px;padding:2px 0`,
  alias: `color:${MUTED};font-size:12px;font-weight:400`,
  kind: `color:${MUTED};font-size:12px;font-weight:400;font-style:italic`,
  side: 'margin:0 0 4px',
  source: `${FONT};font-size:14px;margin:0 0 6px;padding-left:36px;text-indent:-36px`,
  srcNum: 'display:inline-block;width:32px;text-indent:0;font-weight:700',
  link: 'color:#1f4e8c;word-break:break-all',
  warning: `${FONT};color:${MUTED};font-size:12px;margin:0 0 2px`,
  attached: `${FONT};font-size:14px;margin:20px 0 16px`,
  footer: `${FONT};color:${MUTED};font-size:12px;text-align:center;border-top:1px solid ${RULE};margin:28px 0 0;padding:8px 0 0`,
} as const;

export type StyleName = keyof typeof STYLES;

/** How an element gets its look: a class (brief.html) or its own style attribute (mail). */
export interface Look {
  at(name: StyleName): string;
  /** Citations link to the sources list: in brief.html; a mail client may not follow in-page anchors. */
  anchors: boolean;
}

export const PAGE_LOOK: Look = { at: (name) => ` class="${name}"`, anchors: true };
export const INLINE_LOOK: Look = { at: (name) => ` style="${STYLES[name]}"`, anchors: false };

/** The classes of PAGE_LOOK as one stylesheet. */
export function classRules(): string {
  // On a page the font is inherited from the sheet; only the mail repeats it on every element.
  return Object.entries(STYLES)
    .map(([name, css]) => `.${name}{${name === 'sheet' ? css : css.replace(`${FONT};`, '')}}`)
    .join('\n');
}
