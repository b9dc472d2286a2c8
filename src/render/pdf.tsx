import { Document, Font, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Brief } from '../model/schema.js';
import { familyFor, likelyFamily, registerFonts } from './fonts.js';
import { s } from './pdf-styles.js';
import { select, type Length } from './selection.js';
import { humanDate, keyFacts } from './view.js';
import { Annex, ClaimSection, KeyPoints } from './pdf/blocks.js';
import { Discrepancies, Programmes, Timeline } from './pdf/tables.js';
import { ChangesSection, Sources } from './pdf/appendix.js';
import { pageFrame } from './pdf/furniture.js';

export interface PdfOptions {
  paper: 'A4' | 'LETTER';
  marking: string | null;
  /** short, standard or full (the body and an annex with everything else). */
  length?: Length;
}

export function BriefDocument({ brief, opts, created }: { brief: Brief; opts: PdfOptions; created: Date }) {
  const facts = keyFacts(brief);
  const sel = select(brief, opts.length ?? 'standard');
  // A page layout puts react-pdf on its newer paginator, which also repeats table header rows
  // (`fixed`) on the pages a table continues on and keeps a heading with what follows it.
  const frame = pageFrame({ title: brief.title, asOf: humanDate(brief.asOf), marking: opts.marking });
  return (
    <Document title={brief.title} author="Attaché" creator="Attaché" producer="Attaché" subject={brief.event.summary} creationDate={created} modificationDate={created} language="en">
      <Page size={opts.paper} style={[s.page, { fontFamily: familyFor(`${JSON.stringify(brief)}${opts.marking ?? ''}`) }]} layout={frame}>
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
    [{ fontWeight: 400 }, { fontWeight: 700 }, { fontWeight: 400, fontStyle: 'italic' as const }].map((d) => Font.getFont({ fontFamily: likelyFamily(), ...d })?.load()),
  );
}

/** brief.pdf as bytes. `created` fixes the PDF's dates so that the same input gives the same file. */
export async function renderPdf(brief: Brief, opts: PdfOptions, created: Date): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<BriefDocument brief={brief} opts={opts} created={created} />);
}
