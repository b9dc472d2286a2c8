import { Text, View } from '@react-pdf/renderer';
import { MUTED, s } from '../pdf-styles.js';
import { furtherLine, type Selection } from '../selection.js';
import { cite, humanDate, humanRange, sideLine, sidesOf } from '../view.js';
import { Opening, Row } from './blocks.js';

export function Programmes({ sel }: { sel: Selection }) {
  // A sentence several programmes share is one row naming them all, not one row each.
  const items = sel.programmeRows;
  const { more } = sel.programmes;
  return (
    <View>
      {items.length ? null : (
        <Opening title="Defence programmes">
          <Text style={s.empty}>No defence programme is named in the sources.</Text>
        </Opening>
      )}
      {items.map((row, i) => {
        const line = (
            <Row
              key={i}
              widths={[18, 70, 12]}
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
        );
        return i ? (
          line
        ) : (
          <Opening key={i} title="Defence programmes">
            <View style={s.table}>
              <Row header cells={['Programme', 'What is said', 'Sources']} widths={[18, 70, 12]} />
              {line}
            </View>
          </Opening>
        );
      })}
      {more ? <Text style={s.more}>{furtherLine(more, sel.length, 'programmes')}</Text> : null}
    </View>
  );
}

export function Timeline({ sel }: { sel: Selection }) {
  const { items, more } = sel.timeline;
  return (
    <View>
      {items.length ? null : (
        <Opening title="Timeline">
          <Text style={s.empty}>No dated events in the sources.</Text>
        </Opening>
      )}
      {items.map((t, i) => {
        const line = (
            <Row
              key={i}
              widths={[20, 80]}
              cells={[
                <Text style={{ fontWeight: 700 }}>{t.end ? humanRange(t.date, t.end) : humanDate(t.date)}</Text>,
                <Text>
                  {t.text} <Text style={s.cite}>{cite(t.sources)}</Text>
                </Text>,
              ]}
            />
        );
        return i ? (
          line
        ) : (
          <Opening key={i} title="Timeline">
            <View style={s.table}>{line}</View>
          </Opening>
        );
      })}
      {more ? <Text style={s.more}>{furtherLine(more, sel.length, 'dated events')}</Text> : null}
    </View>
  );
}

/** A table row is kept on one page: a disagreement with very many positions shows its largest. */
const MAX_SIDES = 6;

export function Discrepancies({ sel }: { sel: Selection }) {
  const { items, more } = sel.discrepancies;
  const widths = [16, 15, 44, 25];
  return (
    <View>
      {items.length ? null : (
        <Opening title="Source discrepancies">
          <Text style={s.empty}>No discrepancies found between the sources.</Text>
        </Opening>
      )}
      {items.map((d, i) => {
        const sides = sidesOf(d);
        const line = (
          <Row
            key={i}
            widths={widths}
            cells={[
              <Text style={{ fontWeight: 700 }}>{d.topic}</Text>,
              d.kind.charAt(0).toUpperCase() + d.kind.slice(1),
              <View>
                {sides.slice(0, MAX_SIDES).map((side, j) => (
                  <Text key={j} style={{ marginBottom: 2 }}>
                    <Text style={{ fontWeight: 700 }}>{sideLine(side)}</Text> “{side.quote}”
                  </Text>
                ))}
                {sides.length > MAX_SIDES ? <Text style={s.more}>…and {sides.length - MAX_SIDES} more positions.</Text> : null}
              </View>,
              d.note,
            ]}
          />
        );
        return i ? (
          line
        ) : (
          <Opening key={i} title="Source discrepancies">
            <View style={s.table}>
              <Row header cells={['Topic', 'Kind', 'What the sources say', 'Why']} widths={widths} />
              {line}
            </View>
          </Opening>
        );
      })}
      {more ? <Text style={s.more}>{furtherLine(more, sel.length, 'discrepancies')}</Text> : null}
    </View>
  );
}
