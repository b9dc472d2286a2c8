import { StyleSheet } from '@react-pdf/renderer';
import { FONT } from './fonts.js';

/** The brief's look: an embassy's plain navy on white. */
/** Points; the footer is placed from the top because yoga ignores `bottom` on fixed page furniture. */
export const PAGE_HEIGHT = { A4: 841.89, LETTER: 792 } as const;
const INK = '#1b1f24';
export const MUTED = '#5b6470';
const RULE = '#c9ced6';
const ACCENT = '#1f3a5f';

export const s = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 9.5, color: INK, paddingTop: 54, paddingBottom: 54, paddingHorizontal: 50, lineHeight: 1.4 },
  header: { position: 'absolute', top: 22, left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: MUTED, borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 4 },
  footer: { position: 'absolute', left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: MUTED },
  marking: { textAlign: 'center', fontSize: 8, fontWeight: 700, color: ACCENT, marginBottom: 8 },
  title: { fontSize: 20, fontWeight: 700, color: ACCENT, marginBottom: 4, lineHeight: 1.2 },
  asOf: { fontSize: 9, color: MUTED, marginBottom: 8 },
  summary: { fontSize: 11, marginBottom: 12, lineHeight: 1.45 },
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
  table: { borderTopWidth: 0.75, borderTopColor: RULE },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
  th: { fontWeight: 700, color: MUTED, fontSize: 8 },
  td: { paddingRight: 6 },
  source: { flexDirection: 'row', marginBottom: 3, fontSize: 8.5 },
  srcNum: { width: 20, color: ACCENT, fontWeight: 700 },
});
