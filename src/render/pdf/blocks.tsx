import type { ReactElement, ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import type { Claim, KeyPoint } from '../../model/schema.js';
import { s } from '../pdf-styles.js';
import { furtherLine, type Length, type Selection } from '../selection.js';
import { cite, type Capped } from '../view.js';

/** Points of what follows a heading or a table's header row that must share its page. */
const KEEP_AHEAD = 24;

export function Cited({ claim }: { claim: Claim }) {
  return (
    <View style={s.item} wrap={false}>
      <Text style={s.bullet}>•</Text>
      <Text style={s.itemText}>
        {claim.text} <Text style={s.cite}>{cite(claim.sources)}</Text>
        {claim.hedged ? <Text style={s.hedged}> (hedged)</Text> : null}
      </Text>
    </View>
  );
}

/** A page may not break right after a heading (react-pdf's paginator reads minPresenceAhead so). */
export function Heading({ children }: { children: string }) {
  return (
    <Text style={s.h2} minPresenceAhead={KEEP_AHEAD}>
      {children}
    </Text>
  );
}

/** A heading kept on one page with what comes first under it: the two are one unbreakable block. */
export function Opening({ title, sub = false, children }: { title: string; sub?: boolean; children?: ReactNode }) {
  return (
    <View wrap={false}>
      {sub ? <Text style={s.h3}>{title}</Text> : <Heading>{title}</Heading>}
      {children}
    </View>
  );
}

export function ClaimSection({ title, list, length }: { title: string; list: Capped<Claim>; length: Length }) {
  const [first, ...rest] = list.items;
  return (
    <View>
      <Opening title={title}>{first ? <Cited claim={first} /> : <Text style={s.empty}>Nothing in the sources.</Text>}</Opening>
      {rest.map((c, i) => (
        <Cited key={i} claim={c} />
      ))}
      {list.more ? <Text style={s.more}>{furtherLine(list.more, length)}</Text> : null}
    </View>
  );
}

/** The key points: the event, what came of it, where it is contested, where sources disagree. */
export function KeyPoints({ points }: { points: KeyPoint[] }) {
  if (!points.length) return null;
  return (
    <View style={s.box} wrap={false}>
      <Text style={s.boxTitle}>Key points</Text>
      {points.map((p, i) =>
        p.role === 'discrepancy' ? (
          <View key={i} style={s.item}>
            <Text style={s.bullet}>•</Text>
            <Text style={[s.itemText, { fontStyle: 'italic' }]}>
              {p.text} <Text style={s.cite}>{cite(p.sources)}</Text>
            </Text>
          </View>
        ) : (
          <Cited key={i} claim={p} />
        ),
      )}
    </View>
  );
}

/** `--length full`: every statement the body left out, by section. */
export function Annex({ sel }: { sel: Selection }) {
  if (!sel.annex.length) return null;
  return (
    <View>
      {sel.annex.map((section, k) => (
        <View key={section.title}>
          <Opening title={k ? section.title : 'Annex: further statements'} sub={k > 0}>
            {k ? null : <Text style={s.h3}>{section.title}</Text>}
            <Cited claim={section.items[0]!} />
          </Opening>
          {section.items.slice(1).map((c, i) => (
            <Cited key={i} claim={c} />
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * One unbreakable table row. A header row is `fixed` (repeated at the head of each page its table
 * continues on) and may not be the last thing on a page.
 */
export function Row({ cells, widths, header = false, fixed = false }: { cells: (string | ReactElement)[]; widths: number[]; header?: boolean; fixed?: boolean }) {
  return (
    <View style={header ? [s.tr, s.thr] : s.tr} wrap={false} fixed={fixed} minPresenceAhead={header ? KEEP_AHEAD : undefined}>
      {cells.map((c, i) => (
        <View key={i} style={[s.td, { width: `${widths[i]}%` }]}>
          {typeof c === 'string' ? <Text style={header ? s.th : {}}>{c}</Text> : c}
        </View>
      ))}
    </View>
  );
}
