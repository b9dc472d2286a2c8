import type { ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { MUTED, s } from '../pdf-styles.js';
import { furtherLine, type Selection } from '../selection.js';
import { cite, humanDate, humanRange, sideLine, sidesOf } from '../view.js';
import { Heading, Opening, Row } from './blocks.js';

/**
 * A section that is a table: its heading, a header row and one unbreakable row per item. The header
 * row is `fixed`, so react-pdf's paginator prints it again at the head of every page the table
 * continues on, and only there; heading, header row and first row are glued with minPresenceAhead
 * (a break may not follow them), so none of them is left alone at the foot of a page.
 */
function Table({ title, head, widths, rows, empty, more }: { title: string; head: string[]; widths: number[]; rows: ReactElement[]; empty: string; more: string | null }) {
  if (!rows.length) {
    return (
      <Opening title={title}>
        <Text style={s.empty}>{empty}</Text>
      </Opening>
    );
  }
  return (
    <View>
      <View>
        <Heading>{title}</Heading>
        <Row header fixed cells={head} widths={widths} />
        {rows}
      </View>
      {more ? <Text style={s.more}>{more}</Text> : null}
    </View>
  );
}

export function Programmes({ sel }: { sel: Selection }) {
  // A sentence several programmes share is one row naming them all, not one row each.
  const { more } = sel.programmes;
  const widths = [18, 70, 12];
  const rows = sel.programmeRows.map((row, i) => (
    <Row
      key={i}
      widths={widths}
      cells={[
        <View>
          {row.programmes.map((p, k) => (
            <View key={k}>
              <Text style={{ fontWeight: 700 }}>{p.name}</Text>
              {p.aliases.length ? <Text style={{ color: MUTED, fontSize: 7.5 }}>also {p.aliases.join(', ')}</Text> : null}
            </View>
          ))}
        </View>,
        <View>
          {row.facts.map((f, j) => (
            <Text key={j} style={{ marginBottom: 2 }}>
              {row.facts.length > 1 ? '• ' : ''}
              {f.text} <Text style={s.cite}>{cite(f.sources)}</Text>
            </Text>
          ))}
          {row.more ? <Text style={s.more}>{furtherLine(row.more, sel.length)}</Text> : null}
        </View>,
        <Text style={s.cite}>{cite(row.sources)}</Text>,
      ]}
    />
  ));
  return (
    <Table
      title="Defence programmes"
      head={['Programme', 'What is said', 'Sources']}
      widths={widths}
      rows={rows}
      empty="No defence programme is named in the sources."
      more={more ? furtherLine(more, sel.length, 'programmes') : null}
    />
  );
}

export function Timeline({ sel }: { sel: Selection }) {
  const { items, more } = sel.timeline;
  const widths = [20, 80];
  const rows = items.map((t, i) => (
    <Row
      key={i}
      widths={widths}
      cells={[
        <Text style={{ fontWeight: 700 }}>{t.end ? humanRange(t.date, t.end) : humanDate(t.date)}</Text>,
        <Text>
          {t.text} <Text style={s.cite}>{cite(t.sources)}</Text>
        </Text>,
      ]}
    />
  ));
  return (
    <Table
      title="Timeline"
      head={['Date', 'What happened']}
      widths={widths}
      rows={rows}
      empty="No dated events in the sources."
      more={more ? furtherLine(more, sel.length, 'dated events') : null}
    />
  );
}

/** A table row is kept on one page: a disagreement with very many positions shows its largest. */
const MAX_SIDES = 6;

export function Discrepancies({ sel }: { sel: Selection }) {
  const { items, more } = sel.discrepancies;
  // The kind sits under the topic: a column of its own left the quotes and the note too narrow.
  const widths = [20, 50, 30];
  const rows = items.map((d, i) => {
    const sides = sidesOf(d);
    return (
      <Row
        key={i}
        widths={widths}
        cells={[
          <View>
            <Text style={{ fontWeight: 700 }}>{d.topic}</Text>
            <Text style={s.kind}>{d.kind.charAt(0).toUpperCase() + d.kind.slice(1)}</Text>
          </View>,
          <View>
            {sides.slice(0, MAX_SIDES).map((side, j) => (
              <Text key={j} style={{ marginBottom: 2 }}>
                <Text style={{ fontWeight: 700 }}>{sideLine(side)}</Text>
                {` “${side.quote}”`}
              </Text>
            ))}
            {sides.length > MAX_SIDES ? <Text style={s.more}>…and {sides.length - MAX_SIDES} more positions.</Text> : null}
          </View>,
          d.note,
        ]}
      />
    );
  });
  return (
    <Table
      title="Source discrepancies"
      head={['Topic', 'What the sources say', 'Why']}
      widths={widths}
      rows={rows}
      empty="No discrepancies found between the sources."
      more={more ? furtherLine(more, sel.length, 'discrepancies') : null}
    />
  );
}
