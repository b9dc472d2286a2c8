import { didYouMean, TemplateProblem } from './template-errors.js';

type AST = hbs.AST.Program;
type Node = hbs.AST.Node;
type Path = hbs.AST.PathExpression;

/** What a template may name: values of the context, helpers, partials. */
export interface Known {
  names: ReadonlySet<string>;
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

/** Handlebars' own helpers. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
/** The helper every plain `{{value}}` goes through, so that a list or an object is never printed as "[object Object]". */
export const PRINT = '__print';
/** Names no template may reach: the way out of the data into JavaScript. */
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
/** Data variables Handlebars itself defines. */
const DATA = new Set(['index', 'key', 'first', 'last', 'root', 'partial-block', 'level']);

/**
 * Checks a parsed template against what it may name, and routes each plain `{{value}}` through
 * the print helper (keeping its line). Throws a TemplateProblem at the first mistake: an unknown
 * value, helper or partial, or a reach for the prototype.
 */
export function checkTemplate(ast: AST, known: Known): AST {
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const s of (node as AST).body) visit(s);
        return;
      case 'MustacheStatement':
      case 'BlockStatement':
      case 'SubExpression': {
        const n = node as hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;
        if (n.path.type !== 'PathExpression') return;
        const path = n.path as Path;
        const call = n.params.length > 0 || (n.hash?.pairs.length ?? 0) > 0 || known.helpers.has(path.original) || node.type === 'SubExpression';
        if (call) helper(path, known);
        else value(path, known);
        if (path.original === 'lookup') for (const p of n.params) if (p.type === 'StringLiteral') forbid((p as hbs.AST.StringLiteral).value, p.loc);
        for (const p of n.params) visit(p);
        for (const pair of n.hash?.pairs ?? []) visit(pair.value);
        if (node.type === 'BlockStatement') {
          visit((node as hbs.AST.BlockStatement).program);
          visit((node as hbs.AST.BlockStatement).inverse);
        } else if (node.type === 'MustacheStatement' && !call && !path.data) routeThroughPrint(node as hbs.AST.MustacheStatement);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const n = node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;
        if (n.name.type === 'PathExpression') partial((n.name as Path).original, n.loc, known);
        for (const p of n.params) visit(p);
        for (const pair of n.hash?.pairs ?? []) visit(pair.value);
        if (node.type === 'PartialBlockStatement') visit((node as hbs.AST.PartialBlockStatement).program);
        return;
      }
      case 'DecoratorBlock':
        visit((node as unknown as { program: AST }).program);
        return;
      case 'PathExpression':
        value(node as Path, known);
        return;
      default:
        return;
    }
  };
  visit(ast);
  return ast;
}

/** Names a template defines for itself: partial parameters (`heading="…"`) and block parameters (`as |item|`). */
export function namesDefinedIn(ast: AST): string[] {
  const out: string[] = [];
  walk(ast, (node) => {
    const n = node as { hash?: hbs.AST.Hash; program?: AST; inverse?: AST };
    for (const pair of n.hash?.pairs ?? []) out.push(pair.key);
    out.push(...(n.program?.blockParams ?? []), ...(n.inverse?.blockParams ?? []));
  });
  return out;
}

/** Every name a template reads (for the built-in templates: each is part of the context by definition). */
export function namesUsedIn(ast: AST): string[] {
  const out = namesDefinedIn(ast);
  walk(ast, (node) => {
    if (node.type === 'PathExpression' && !(node as Path).data) out.push(...(node as Path).parts);
  });
  return out;
}

function walk(node: unknown, fn: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) walk(x, fn);
    return;
  }
  const n = node as Node & Record<string, unknown>;
  if (typeof n.type === 'string') fn(n);
  for (const key of ['body', 'path', 'params', 'hash', 'pairs', 'value', 'program', 'inverse', 'name']) walk(n[key], fn);
}

function value(path: Path, known: Known): void {
  const parts = path.data ? path.parts.slice(DATA.has(path.parts[0] ?? '') ? 1 : 0) : path.parts;
  for (const part of parts) {
    forbid(part, path.loc);
    if (known.names.has(part) || part === 'length' || /^\d+$/.test(part)) continue;
    const what = path.original === part ? `"${part}"` : `"${path.original}": "${part}"`;
    throw new TemplateProblem(line(path.loc), `${what} is not in the template context${didYouMean(part, known.names)}`);
  }
}

function helper(path: Path, known: Known): void {
  if (known.helpers.has(path.original)) return;
  const ours = [...known.helpers].filter((h) => h !== PRINT && !BUILTIN_HELPERS.includes(h)).sort();
  throw new TemplateProblem(line(path.loc), `"${path.original}" is not a helper${didYouMean(path.original, known.helpers)}; the helpers are ${ours.join(', ')} and Handlebars' ${BUILTIN_HELPERS.join(', ')}`);
}

function partial(name: string, loc: hbs.AST.SourceLocation, known: Known): void {
  if (known.partials.has(name) || name === '@partial-block') return;
  throw new TemplateProblem(line(loc), `there is no partial "${name}" (no partials/${name}.hbs in your folder or the built-in templates)${didYouMean(name, known.partials)}`);
}

function forbid(name: string, loc: hbs.AST.SourceLocation): void {
  if (FORBIDDEN.has(name)) throw new TemplateProblem(line(loc), `templates cannot reach "${name}": only the brief's own fields are in the template context`);
}

/** `{{a.b.c}}` → `{{__print a.b "c" "a.b.c"}}`: the helper sees the parent, so it can tell "not there" from "empty". */
function routeThroughPrint(node: hbs.AST.MustacheStatement): void {
  const path = node.path as Path;
  const parts = path.parts;
  const parent: Path = { ...path, parts: parts.slice(0, -1), original: parentOriginal(path) };
  const str = (value: string): hbs.AST.StringLiteral => ({ type: 'StringLiteral', value, original: value, loc: path.loc });
  node.params = [parent, str(parts.at(-1) ?? ''), str(path.original)];
  node.path = { type: 'PathExpression', data: false, depth: 0, parts: [PRINT], original: PRINT, loc: path.loc };
}

function parentOriginal(path: Path): string {
  const up = '../'.repeat(path.depth);
  const rest = path.parts.slice(0, -1).join('.');
  return rest ? `${up}${rest}` : up ? up.slice(0, -1) : 'this';
}

function line(loc: hbs.AST.SourceLocation | undefined): number | null {
  return loc?.start.line ?? null;
}
