import { parseHTML } from 'linkedom';

/** The little of the DOM this folder uses (the project compiles without the DOM typings). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomElement {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
}

export const ELEMENT = 1;
export const TEXT = 3;

/** A page's DOM (linkedom: a fast, standards-shaped DOM without a browser). */
export function parseDocument(html: string): DomDocument {
  // linkedom needs a root element to build a document; a fragment or plain text gets one.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

export function all(root: DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Text with runs of white space made one space. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
