import { AttacheError } from '../errors.js';

/** One mailbox: `ann@example.org`, or `Ann Smith <ann@example.org>`. */
export interface Address {
  name: string;
  address: string;
}

export const DEFAULT_FROM = 'attache@localhost';

// Letters beyond ASCII are allowed (SMTPUTF8 and IDN); nodemailer encodes them.
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+$/;
const LABEL = /^[A-Za-z0-9\u0080-\uFFFF](?:[A-Za-z0-9\u0080-\uFFFF-]{0,61}[A-Za-z0-9\u0080-\uFFFF])?$/;
const IPV4_LITERAL = /^\[(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\]$/;
const NAME_AND_ADDRESS = /^(.*?)\s*<([^<>]*)>$/s;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** `--to a@x.org, "Doe, Jane" <jane@y.org>` → the mailboxes; anything that is not one is an error naming the option. */
export function parseAddressList(value: string, option = '--to'): Address[] {
  const items = splitList(value, option).map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new AttacheError(option, 'expected one or more e-mail addresses, comma-separated; got none', 2);
  const out: Address[] = [];
  for (const item of items) {
    const a = parseAddress(item, option);
    if (!out.some((o) => o.address.toLowerCase() === a.address.toLowerCase())) out.push(a);
  }
  return out;
}

/** Exactly one mailbox, e.g. for `--from`. */
export function parseSingleAddress(value: string, option = '--from'): Address {
  const list = parseAddressList(value, option);
  if (list.length !== 1) throw new AttacheError(option, `expected one e-mail address; got ${list.length}: ${show(value)}`, 2);
  return list[0]!;
}

/** `a@x` or `Name <a@x>` or `"Last, First" <a@x>`. */
export function parseAddress(item: string, option: string): Address {
  const bad = (why: string) =>
    new AttacheError(option, `${show(item)} is not an e-mail address (${why}); expected name@domain or "Name <name@domain>"`, 2);
  if (CONTROL.test(item)) throw bad('control characters');
  let name = '';
  let address = item.trim();
  const m = NAME_AND_ADDRESS.exec(address);
  if (m) {
    name = unquote(m[1]!.trim(), bad);
    address = m[2]!.trim();
  } else if (/[<>]/.test(address)) throw bad('unbalanced < >');
  const why = addressProblem(address);
  if (why) throw bad(why);
  return { name, address };
}

/** Why `address` is not a plain `local@domain` mailbox, or null when it is one. */
export function addressProblem(address: string): string | null {
  if (!address) return 'empty';
  if (/\s/.test(address)) return 'contains spaces';
  const at = address.lastIndexOf('@');
  if (at < 0) return 'no @';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!local) return 'nothing before the @';
  if (!domain) return 'nothing after the @';
  if (address.length > 254) return 'longer than 254 characters';
  if (local.length > 64) return 'part before the @ is longer than 64 characters';
  if (!local.split('.').every((part) => ATOM.test(part))) return `bad characters or dots before the @`;
  const ip = IPV4_LITERAL.exec(domain);
  if (ip) return ip.slice(1).every((n) => Number(n) <= 255) ? null : 'bad IP address';
  if (domain.length > 253 || !domain.split('.').every((label) => LABEL.test(label))) return 'bad domain';
  return null;
}

/** Splits on commas that are not inside a quoted name or angle brackets. */
function splitList(value: string, option: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\' && i + 1 < value.length) {
      cur += c + value[++i];
      continue;
    }
    if (c === '"' && !angle) quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    else if (c === ',' && !quoted && !angle) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (quoted) throw new AttacheError(option, `unclosed quote in ${show(value)}`, 2);
  parts.push(cur);
  return parts;
}

function unquote(name: string, bad: (why: string) => Error): string {
  if (name.startsWith('"')) {
    if (name.length < 2 || !name.endsWith('"')) throw bad('unbalanced quotes in the name');
    return name.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  if (name.includes('"')) throw bad('unbalanced quotes in the name');
  return name.replace(/\s+/g, ' ');
}

/** A value quoted for a one-line message. */
function show(value: string): string {
  const one = value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `"${one.length > 80 ? `${one.slice(0, 79)}…` : one}"`;
}
