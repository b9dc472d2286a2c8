import { format } from 'date-fns';
import { countryByName } from '../../extract/countries.js';
import type { Event, Person } from '../../model/schema.js';

export function formatRange(start: string | null, end: string | null): string | null {
  if (!start) return null;
  const s = new Date(`${start}T00:00:00Z`);
  const day = (d: Date) => format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), 'd MMMM yyyy');
  if (!end || end === start) return day(s);
  const e = new Date(`${end}T00:00:00Z`);
  if (s.getUTCFullYear() === e.getUTCFullYear() && s.getUTCMonth() === e.getUTCMonth()) return `${s.getUTCDate()}–${day(e)}`;
  return `${day(s)} – ${day(e)}`;
}

export function demonymOf(country: string): string {
  return countryByName(country)?.demonyms[0] ?? country;
}

/** "Ruritanian President Jane Doe": what the text says of a person, in the order a reader expects. */
export function describe(p: Person | null, withCountry = true): string | null {
  if (!p) return null;
  return [withCountry && p.country ? demonymOf(p.country) : null, p.role, p.name].filter(Boolean).join(' ');
}

/** "Port Alvar, Queensland, Australia" from what is known of a place. */
export function placeLine(e: Pick<Event, 'venue' | 'location'>): string | null {
  const v = e.venue;
  if (!v) return e.location;
  if (v.name === v.country) return countryPhrase(v.name);
  return [v.name, v.region, v.country && v.country !== v.name ? v.country : null].filter(Boolean).join(', ');
}

const lastWord = (p: Person) => p.name.split(' ').filter((t) => !/^(?:[IVX]{1,5}|Jr\.?|Sr\.?)$/.test(t)).pop() ?? p.name;

/** "the United States", "the Netherlands", but "France": the article some country names take. */
export function countryPhrase(country: string): string {
  return /^(?:United\b|Republic\b|Kingdom\b)|\b(?:Republic|Kingdom|Islands|Emirates|Federation|States)$|^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Vatican City|Holy See)$/.test(country) ? `the ${country}` : country;
}

/** One sentence, built only from the facts found, that reads naturally for the kind of event. */
export function summarise(e: Event): string {
  const when = formatRange(e.start, e.end);
  const where = placeLine(e);
  const on = when ? `${where && where.includes(',') ? ',' : ''} on ${when}` : '';
  const principals = e.principals ?? [];
  switch (e.kind) {
    case 'summit': {
      const [a, b] = principals;
      if (!a || !b) break;
      return `${describe(a)} and ${describe(b)} meet${where ? ` in ${where}` : ''}${on}${e.host ? `, hosted by ${describe(e.host)}` : ''}.`;
    }
    case 'multilateral summit': {
      const leaders = principals.filter((p) => p.name !== e.host?.name).map((p) => describe(p));
      const list = leaders.length > 1 ? `${leaders.slice(0, -1).join(', ')} and ${leaders[leaders.length - 1]}` : leaders[0];
      const chair = e.host ? `, hosted by ${describe(e.host)}` : '';
      return `${e.name ? `The ${e.name} summit` : 'A summit'} is held${where ? ` in ${where}` : ''}${on}${chair}${list ? `; leaders named as attending include ${list}` : ''}.`;
    }
    case 'tour': {
      const stops = (e.stops ?? []).map((s) => s.place.name);
      const country = e.venue?.country ?? null;
      const route = stops.length ? ` with stops in ${stops.length > 1 ? `${stops.slice(0, -1).join(', ')} and ${stops[stops.length - 1]}` : stops[0]}` : '';
      return `${describe(e.visitor) ?? 'A delegation'} tours ${country ? countryPhrase(country) : (where ?? 'the host country')}${when ? ` on ${when}` : ''}${route ? `,${route}` : ''}${e.host ? `, hosted by ${describe(e.host, false)}` : ''}.`;
    }
    case 'address': {
      return `${describe(e.visitor) ?? 'A leader'} addresses ${e.occasion ?? 'an assembly'}${where ? ` in ${where}` : ''}${on}.`;
    }
    default:
      break;
  }
  const who = describe(e.visitor);
  if (!who && !where) return 'The articles do not name a visit; see the overview.';
  const kind = e.kind && e.kind !== 'visit' ? e.kind : null;
  // With no destination found, the sentence ends at the visit rather than at a dangling "to".
  const verb = kind ? `makes ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}${where ? ' to' : ''}` : where ? 'visits' : 'makes a visit';
  let s = `${who ?? 'A delegation'} ${verb}${where ? ` ${where}` : ''}${on}`;
  if (s.endsWith(',')) s = s.slice(0, -1);
  if (e.occasion && e.ordinal) s += ` for the ${e.occasion}`;
  if (e.host) s += `, hosted by ${describe(e.host, false)}`;
  return `${s}.`;
}

/** The brief's title when the user gives none: "Doe–Roe summit in Reykjavik, 8 June 2027". */
export function titleOf(e: Event, short: (p: Person) => string = lastWord): string {
  // A pontiff or monarch known by one name is titled with the office: "Pope Pius XIII’s tour".
  const surname = (p: Person) => (p.role && (!p.name.includes(' ') || /\s[IVX]{1,5}$/.test(p.name)) ? `${p.role} ${p.name}` : short(p));
  const when = formatRange(e.start, e.end);
  const tail = when ? `, ${when}` : '';
  const principals = e.principals ?? [];
  const where = e.venue?.name ?? e.location;
  switch (e.kind) {
    case 'summit':
      if (principals.length >= 2) return `${surname(principals[0]!)}–${surname(principals[1]!)} summit${where ? ` in ${where}` : ''}${tail}`;
      break;
    case 'multilateral summit':
      return `${e.name ? `${e.name} summit` : 'Summit'}${placeLine(e) ? `, ${placeLine(e)}` : ''}${tail}`;
    case 'tour':
      if (e.visitor) return `${possessive(surname(e.visitor))} tour of ${e.venue?.country ? countryPhrase(e.venue.country) : (where ?? 'the host country')}${tail}`;
      break;
    case 'address':
      if (e.visitor) return `${possessive(surname(e.visitor))} address to ${e.occasion ?? 'the assembly'}${tail}`;
      break;
    default:
      break;
  }
  const country = e.host?.country ?? e.venue?.country ?? e.location;
  if (!e.visitor || !country) return 'Briefing';
  return `${possessive(surname(e.visitor))} ${e.kind ?? 'visit'} to ${countryPhrase(country)}${tail}`;
}

function possessive(s: string): string {
  return s.endsWith('s') ? `${s}’` : `${s}’s`;
}
