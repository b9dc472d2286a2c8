import { StyleSheet } from '@react-pdf/renderer';
import { FONT } from './fonts.js';

/** The brief's look: an embassy's plain navy on white. */
const INK = '#1b1f24';
export const MUTED = '#5b6470';
const RULE = '#c9ced6';
const ACCENT = '#1f3a5f';

export const s = StyleSheet.create({
  // The body runs from 54 pt below the top to 54 pt above the bottom; header and footer sit in the
  // margins. Line heights are in points, never a bare factor: react-pdf's paginator resolves the
  // styles of a page again when it lays it out, and a factor would be multiplied twice.
  page: { fontFamily: FONT, fontSize: 9.5, color: INK, paddingTop: 22, paddingBottom: 25.5, paddingHorizontal: 50 },
  header: { flexDirection: 'row', fontSize: 7.5, lineHeight: '10.5pt', color: MUTED, borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 4, marginBottom: 17 },
  body: { flexGrow: 1, flexShrink: 1, lineHeight: '13.3pt' },
  footer: { flexDirection: 'row', fontSize: 7.5, lineHeight: '10.5pt', color: MUTED, marginTop: 18 },
  // One line, cut with an ellipsis; the gap keeps even the ellipsis clear of the date or page number.
  runningText: { flexGrow: 1, flexShrink: 1, flexBasis: 0, maxLines: 1, textOverflow: 'ellipsis', marginRight: 18 },
  runningEnd: { flexShrink: 0, textAlign: 'right' },
  marking: { maxLines: 3, textOverflow: 'ellipsis', textAlign: 'center', fontSize: 8, fontWeight: 700, color: ACCENT, marginBottom: 8 },
  title: { maxLines: 5, textOverflow: 'ellipsis', fontSize: 20, fontWeight: 700, color: ACCENT, marginBottom: 4, lineHeight: '24pt' },
  asOf: { fontSize: 9, color: MUTED, marginBottom: 8 },
  summary: { fontSize: 11, marginBottom: 12, lineHeight: '15.95pt' },
  box: { borderWidth: 0.75, borderColor: ACCENT, backgroundColor: '#f3f6fa', padding: 10, marginBottom: 14 },
  boxTitle: { fontSize: 9, fontWeight: 700, color: ACCENT, marginBottom: 6, textTransform: 'uppercase' },
  factRow: { flexDirection: 'row', marginBottom: 2 },
  factLabel: { width: 70, fontWeight: 700, color: MUTED },
  factValue: { flex: 1 },
  h2: { fontSize: 12.5, fontWeight: 700, color: ACCENT, marginTop: 12, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 0.75, borderBottomColor: ACCENT },
  h3: { fontSize: 10, fontWeight: 700, marginTop: 6, marginBottom: 3 },
  item: { flexDirection: 'row', marginBottom: 3.5 },
  bullet: { width: 10, color: MUTED },
  itemText: { flex: 1 },
  cite: { color: ACCENT, fontSize: 8 },
  hedged: { color: MUTED, fontSize: 7.5, fontStyle: 'italic' },
  more: { color: MUTED, fontStyle: 'italic', marginTop: 2 },
  empty: { color: MUTED, fontStyle: 'italic' },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
  // The table's top rule is on its header row: the table itself has no top edge, so nothing of it
  // (not even a rule) can stay behind at the foot of a page when its first rows move on.
  thr: { borderTopWidth: 0.75, borderTopColor: RULE },
  th: { fontWeight: 700, color: MUTED, fontSize: 8 },
  td: { paddingRight: 8 },
  kind: { color: MUTED, fontSize: 8, marginTop: 1 },
  source: { flexDirection: 'row', marginBottom: 3, fontSize: 8.5 },
  srcNum: { width: 20, color: ACCENT, fontWeight: 700 },
});
