import { Text, View } from '@react-pdf/renderer';
import type { Brief } from '../../model/schema.js';
import { MUTED, s } from '../pdf-styles.js';
import type { Selection } from '../selection.js';
import { changesView, excludedNote, humanDate, LIMITS, shownSources } from '../view.js';
import { Cited, Opening } from './blocks.js';

/** Links print long; a printed page shows where one goes (brief.md and brief.json keep it whole). */
const URL_SHOWN = 72;
export function shownUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return bare.length > URL_SHOWN ? `${bare.slice(0, URL_SHOWN - 1)}…` : bare;
}

export function Sources({ brief, sel }: { brief: Brief; sel: Selection }) {
  const shown = shownSources(brief, sel);
  return (
    <View>
      {shown.items.map((src, i) => {
        // One string: react-pdf may break a line with a hyphen wherever two pieces of text meet without a space.
        const about = ` — ${src.title} (${src.published ? humanDate(src.published) : 'undated'}). ${src.file}${src.url ? `, ${shownUrl(src.url)}` : ''}. ${src.words} words.${src.duplicateOf ? ` Republished copy of [${src.duplicateOf.slice(1)}].` : ''}`;
        const line = (
          <View key={src.id} style={s.source} wrap={false}>
            <Text style={s.srcNum}>{`[${src.id.slice(1)}]`}</Text>
            <Text style={{ flex: 1 }}>
              <Text style={{ fontWeight: 700 }}>{src.outlet}</Text>
              {about}
              {src.excluded ? <Text style={{ fontWeight: 700 }}>{` ${excludedNote(src.excluded)}`}</Text> : null}
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

export function ChangesSection({ brief }: { brief: Brief }) {
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
