export { renderHtml, type HtmlOptions } from './page.js';
export { esc, httpUrl } from './escape.js';
