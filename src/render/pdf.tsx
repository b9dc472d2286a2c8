import type { ReactElement } from 'react';
import { Document, Font, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Brief, Claim } from '../model/schema.js';
import { FONT, registerFonts } from './fonts.js';
import { MUTED, PAGE_HEIGHT, s } from './pdf-styles.js';
import { cap, changesView, cite, excludedNote, humanDate, humanRange, keyFacts, LIMITS, shownSources, sideLine, sidesOf } from './view.js';

export interface PdfOptions {
  paper: 'A4' | 'LETTER';
  marking: string | null;
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

function ClaimSection({ title, claims, limit = LIMITS.claims }: { title: string; claims: Claim[]; limit?: number }) {
  const { items, more } = cap(claims, limit);
  return (
    <View>
      <Heading>{title}</Heading>
      {items.length ? items.map((c, i) => <Cited key={i} claim={c} />) : <Text style={s.empty}>Nothing in the sources.</Text>}
      {more ? <Text style={s.more}>…and {more} more in brief.json</Text> : null}
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

function Programmes({ brief }: { brief: Brief }) {
  const { items, more } = cap(brief.defenceProgrammes, LIMITS.programmes);
  return (
    <View>
      <Heading>Defence programmes</Heading>
      {items.length ? (
        <View style={s.table}>
          <Row header cells={['Programme', 'What is said', 'Sources']} widths={[18, 70, 12]} />
          {items.map((p, i) => {
            const facts = cap(p.facts, LIMITS.facts);
            return (
              <Row
                key={i}
                widths={[18, 70, 12]}
                cells={[
                  <View>
                    <Text style={{ fontWeight: 700 }}>{p.name}</Text>
                    {p.aliases.length ? <Text style={{ color: MUTED, fontSize: 7.5 }}>also {p.aliases.join(', ')}</Text> : null}
                  </View>,
                  <View>
                    {facts.items.map((f, j) => (
                      <Text key={j} style={{ marginBottom: 2 }}>
                        {facts.items.length > 1 ? '• ' : ''}
                        {f.text} <Text style={s.cite}>{cite(f.sources)}</Text>
                      </Text>
                    ))}
                    {facts.more ? <Text style={s.more}>…and {facts.more} more</Text> : null}
                  </View>,
                  <Text style={s.cite}>{cite(p.sources)}</Text>,
                ]}
              />
            );
          })}
        </View>
      ) : (
        <Text style={s.empty}>No defence programme is named in the sources.</Text>
      )}
      {more ? <Text style={s.more}>…and {more} more programmes in brief.json</Text> : null}
    </View>
  );
}

function Timeline({ brief }: { brief: Brief }) {
  const { items, more } = cap(brief.timeline, LIMITS.timeline);
  return (
    <View>
      <Heading>Timeline</Heading>
      {items.length ? (
        <View style={s.table}>
          {items.map((t, i) => (
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
          ))}
        </View>
      ) : (
        <Text style={s.empty}>No dated events in the sources.</Text>
      )}
      {more ? <Text style={s.more}>…and {more} more in brief.json</Text> : null}
    </View>
  );
}

/** A table row is kept on one page: a disagreement with very many positions shows its largest. */
const MAX_SIDES = 6;

function Discrepancies({ brief }: { brief: Brief }) {
  const { items, more } = cap(brief.discrepancies, LIMITS.discrepancies);
  return (
    <View>
      <Heading>Source discrepancies</Heading>
      {items.length ? (
        <View style={s.table}>
          <Row header cells={['Topic', 'Kind', 'What the sources say', 'Why']} widths={[16, 15, 44, 25]} />
          {items.map((d, i) => (
            <Row
              key={i}
              widths={[16, 15, 44, 25]}
              cells={[
                <Text style={{ fontWeight: 700 }}>{d.topic}</Text>,
                d.kind.charAt(0).toUpperCase() + d.kind.slice(1),
                <View>
                  {sidesOf(d).slice(0, MAX_SIDES).map((side, j) => (
                    <Text key={j} style={{ marginBottom: 2 }}>
                      <Text style={{ fontWeight: 700 }}>{sideLine(side)}</Text>{' '}
                      “{side.quote}”
                    </Text>
                  ))}
                  {sidesOf(d).length > MAX_SIDES ? <Text style={s.more}>…and {sidesOf(d).length - MAX_SIDES} more positions.</Text> : null}
                </View>,
                d.note,
              ]}
            />
          ))}
        </View>
      ) : (
        <Text style={s.empty}>No discrepancies found between the sources.</Text>
      )}
      {more ? <Text style={s.more}>…and {more} more, not shown.</Text> : null}
    </View>
  );
}

function Sources({ brief }: { brief: Brief }) {
  return (
    <View>
      <Heading>Sources</Heading>
      {shownSources(brief).items.map((src) => (
        <View key={src.id} style={s.source} wrap={false}>
          <Text style={s.srcNum}>[{src.id.slice(1)}]</Text>
          <Text style={{ flex: 1 }}>
            <Text style={{ fontWeight: 700 }}>{src.outlet}</Text> — {src.title} ({src.published ? humanDate(src.published) : 'undated'}). {src.file}
            {src.url ? `, ${src.url}` : ''}. {src.words} words.{src.duplicateOf ? ` Republished copy of [${src.duplicateOf.slice(1)}].` : ''}
            {src.excluded ? <Text style={{ fontWeight: 700 }}> {excludedNote(src.excluded)}</Text> : null}
          </Text>
        </View>
      ))}
      {shownSources(brief).more ? <Text style={s.more}>…and {shownSources(brief).more} more sources, not cited above, in brief.json</Text> : null}
      {brief.warnings.length ? (
        <View style={{ marginTop: 6 }}>
          <Text style={s.h3}>Warnings</Text>
          {brief.warnings.slice(0, LIMITS.warnings).map((w, i) => (
            <Text key={i} style={{ fontSize: 8, color: MUTED }}>
              {w.file ? `${w.file}: ` : ''}
              {w.message}
            </Text>
          ))}
          {brief.warnings.length > LIMITS.warnings ? <Text style={s.more}>…and {brief.warnings.length - LIMITS.warnings} more in brief.json</Text> : null}
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
      <Heading>Changes since the last brief</Heading>
      {c.first ? (
        <Text style={s.empty}>This is the first edition of this brief in this folder.</Text>
      ) : (
        <View>
          <Text style={{ marginBottom: 4 }}>{c.intro}</Text>
          {c.groups.map((g) => (
            <View key={g.title}>
              <Text style={s.h3} minPresenceAhead={30}>
                {g.title}
              </Text>
              {g.items.map((it, i) => (
                <Cited key={i} claim={{ text: it.text, sources: it.sources }} />
              ))}
            </View>
          ))}
          {c.more ? <Text style={s.more}>…and {c.more} more in brief.json</Text> : null}
        </View>
      )}
    </View>
  );
}

export function BriefDocument({ brief, opts, created }: { brief: Brief; opts: PdfOptions; created: Date }) {
  const facts = keyFacts(brief);
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
        <View style={s.box} wrap={false}>
          <Text style={s.boxTitle}>Key facts</Text>
          {facts.map((f) => (
            <View key={f.label} style={s.factRow}>
              <Text style={s.factLabel}>{f.label}</Text>
              <Text style={s.factValue}>{f.value}</Text>
            </View>
          ))}
        </View>
        <ClaimSection title="Overview" claims={brief.overview} limit={LIMITS.overview} />
        <ClaimSection title="Agenda" claims={brief.agenda} />
        <Programmes brief={brief} />
        <ClaimSection title="Energy and trade" claims={brief.energyTrade} />
        <ClaimSection title="Geopolitics" claims={brief.geopolitics} />
        <Timeline brief={brief} />
        <Discrepancies brief={brief} />
        <Sources brief={brief} />
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
