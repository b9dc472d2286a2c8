import type { ReactElement, ReactNode } from 'react';
import { Document, Font, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Brief, Claim, KeyPoint } from '../model/schema.js';
import { FONT, registerFonts } from './fonts.js';
import { MUTED, PAGE_HEIGHT, s } from './pdf-styles.js';
import { furtherLine, select, type Length, type Selection } from './selection.js';
import { changesView, cite, excludedNote, humanDate, humanRange, keyFacts, LIMITS, shownSources, sideLine, sidesOf, type Capped } from './view.js';

export interface PdfOptions {
  paper: 'A4' | 'LETTER';
  marking: string | null;
  /** short, standard or full (the body and an annex with everything else). */
  length?: Length;
}


function Cited({ claim }: { claim: Claim }) {
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

function Heading({ children }: { children: string }) {
  // minPresenceAhead keeps a heading from being stranded at the foot of a page.
  return (
    <Text style={s.h2} minPresenceAhead={60}>
      {children}
    </Text>
  );
}

/**
 * A heading kept on one page with what comes first under it: react-pdf's minPresenceAhead does not
 * hold inside a View, so the two are one unbreakable block.
 */
function Opening({ title, sub = false, children }: { title: string; sub?: boolean; children?: ReactNode }) {
  return (
    <View wrap={false}>
      {sub ? <Text style={s.h3}>{title}</Text> : <Heading>{title}</Heading>}
      {children}
    </View>
  );
}

function ClaimSection({ title, list, length }: { title: string; list: Capped<Claim>; length: Length }) {
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
function KeyPoints({ points }: { points: KeyPoint[] }) {
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
function Annex({ sel }: { sel: Selection }) {
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

function Row({ cells, widths, header = false }: { cells: (string | ReactElement)[]; widths: number[]; header?: boolean }) {
  return (
    <View style={s.tr} wrap={false}>
      {cells.map((c, i) => (
        <View key={i} style={[s.td, { width: `${widths[i]}%` }]}>
          {typeof c === 'string' ? <Text style={header ? s.th : {}}>{c}</Text> : c}
        </View>
      ))}
    </View>
  );
}

function Programmes({ sel }: { sel: Selection }) {
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

function Timeline({ sel }: { sel: Selection }) {
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

function Discrepancies({ sel }: { sel: Selection }) {
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

function Sources({ brief, sel }: { brief: Brief; sel: Selection }) {
  const shown = shownSources(brief, sel);
  return (
    <View>
      {shown.items.map((src, i) => {
        const line = (
        <View key={src.id} style={s.source} wrap={false}>
          <Text style={s.srcNum}>[{src.id.slice(1)}]</Text>
          <Text style={{ flex: 1 }}>
            <Text style={{ fontWeight: 700 }}>{src.outlet}</Text> — {src.title} ({src.published ? humanDate(src.published) : 'undated'}). {src.file}
            {src.url ? `, ${src.url}` : ''}. {src.words} words.{src.duplicateOf ? ` Republished copy of [${src.duplicateOf.slice(1)}].` : ''}
            {src.excluded ? <Text style={{ fontWeight: 700 }}> {excludedNote(src.excluded)}</Text> : null}
          </Text>
        </View>
        );
        return i ? line : <Opening key={src.id} title="Sources">{line}</Opening>;
      })}
      {shown.more ? <Text style={s.more}>…and {shown.more} more sources, not cited in this brief.</Text> : null}
      {brief.warnings.length ? (
        <View style={{ marginTop: 6 }}>
          {brief.warnings.slice(0, LIMITS.warnings).map((w, i) => {
            const line = (
              <Text key={i} style={{ fontSize: 8, color: MUTED }}>
                {w.file ? `${w.file}: ` : ''}
                {w.message}
              </Text>
            );
            return i ? (
              line
            ) : (
              <Opening key={i} title="Warnings" sub>
                {line}
              </Opening>
            );
          })}
          {brief.warnings.length > LIMITS.warnings ? <Text style={s.more}>…and {brief.warnings.length - LIMITS.warnings} more warnings.</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

function ChangesSection({ brief }: { brief: Brief }) {
  const c = changesView(brief);
  if (!c) return null;
  return (
    <View>
      <Opening title="Changes since the last brief">
        <Text style={c.first ? s.empty : { marginBottom: 4 }}>{c.first ? 'This is the first edition of this brief in this folder.' : c.intro}</Text>
      </Opening>
      {c.first ? null : (
        <View>
          {c.groups.map((g) => (
            <View key={g.title}>
              <Opening title={g.title} sub>
                <Cited claim={{ text: g.items[0]!.text, sources: g.items[0]!.sources }} />
              </Opening>
              {g.items.slice(1).map((it, i) => (
                <Cited key={i} claim={{ text: it.text, sources: it.sources }} />
              ))}
            </View>
          ))}
          {c.more ? <Text style={s.more}>…and {c.more} more changes.</Text> : null}
        </View>
      )}
    </View>
  );
}

export function BriefDocument({ brief, opts, created }: { brief: Brief; opts: PdfOptions; created: Date }) {
  const facts = keyFacts(brief);
  const sel = select(brief, opts.length ?? 'standard');
  return (
    <Document title={brief.title} author="Attaché" creator="Attaché" producer="Attaché" subject={brief.event.summary} creationDate={created} modificationDate={created} language="en">
      <Page size={opts.paper} style={s.page}>
        <View style={s.header} fixed>
          <Text>{brief.title}</Text>
          <Text>As of {humanDate(brief.asOf)}</Text>
        </View>
        <View style={[s.footer, { top: PAGE_HEIGHT[opts.paper] - 36 }]} fixed>
          <Text>{opts.marking ?? 'Attaché brief'}</Text>
          <Text fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        {opts.marking ? <Text style={s.marking}>{opts.marking}</Text> : null}
        <Text style={s.title}>{brief.title}</Text>
        <Text style={s.asOf}>As of {humanDate(brief.asOf)}</Text>
        <Text style={s.summary}>{brief.event.summary}</Text>
        <KeyPoints points={sel.keyPoints} />
        <View style={s.box} wrap={false}>
          <Text style={s.boxTitle}>Key facts</Text>
          {facts.map((f) => (
            <View key={f.label} style={s.factRow}>
              <Text style={s.factLabel}>{f.label}</Text>
              <Text style={s.factValue}>{f.value}</Text>
            </View>
          ))}
        </View>
        <ClaimSection title="Overview" list={sel.overview} length={sel.length} />
        <ClaimSection title="Agenda" list={sel.agenda} length={sel.length} />
        <Programmes sel={sel} />
        <ClaimSection title="Energy and trade" list={sel.energyTrade} length={sel.length} />
        <ClaimSection title="Geopolitics" list={sel.geopolitics} length={sel.length} />
        <Timeline sel={sel} />
        <Discrepancies sel={sel} />
        <Annex sel={sel} />
        <Sources brief={brief} sel={sel} />
        <ChangesSection brief={brief} />
      </Page>
    </Document>
  );
}

/**
 * Registers the fonts and reads their files, without laying out a page: a font used by two
 * documents in one process carries glyph state from the first into the second (react-pdf 4),
 * so nothing is rendered before the brief.
 */
export async function warmUp(): Promise<void> {
  registerFonts();
  await Promise.all(
    [{ fontWeight: 400 }, { fontWeight: 700 }, { fontWeight: 400, fontStyle: 'italic' as const }].map((d) => Font.getFont({ fontFamily: FONT, ...d })?.load()),
  );
}

/** brief.pdf as bytes. `created` fixes the PDF's dates so that the same input gives the same file. */
export async function renderPdf(brief: Brief, opts: PdfOptions, created: Date): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<BriefDocument brief={brief} opts={opts} created={created} />);
}
