import { furniture, phraseSource } from '../../data/index.js';
import { BULLET, NAME } from './names.js';
import { MIDDLE, type NoiseRule } from './types.js';

/** Disclaimers and handles mark a bio wherever it stands. */
const MARKED = new RegExp(
  [
    String.raw`\bopinions?\s+expressed\s+in\s+this\s+(?:commentary|column|article|piece|op-?ed|essay|post)\s+(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those|(?:his|her|their|the\s+(?:author|writer)['’]s)\s+own)`,
    String.raw`\b(?:views|opinions)\s+expressed\s+(?:here|above|in\s+this\s+\w+)\s+(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those\s+of\s+the\s+(?:author|writer)|(?:his|her|their|the\s+(?:author|writer)['’]s)\s+own)`,
    String.raw`\bfollow\s+(?:him|her|them|me|the\s+author)\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky)\b.{0,20}@\w`,
  ].join('|'),
  'iu',
);
const ROLE = String.raw`(?:(?:a|an|the)\s+)?(?:[\p{L}’'-]+\s+){0,6}?(?:${phraseSource(furniture.bioRoles)})s?\b`;
/**
 * "Jane Doe is a senior fellow at …", "Jane Doe is editor emeritus of …": a name, "is", a job; or
 * "Jane Doe is president of Example Group. She's a consultant …": the job in the next sentence.
 */
const SHAPED = new RegExp(
  String.raw`^${BULLET}${NAME},?\s+is\s+(?:${ROLE}|.{0,200}?[.;]\s+(?:He|She|They)(?:['’]s|\s+is|\s+are)\s+${ROLE})`,
  'u',
);
const REPORTED_SPEECH = /\b(?:said|says|told|added)\b/;
/** "Jane Doe covers the presidency for The Example Post", "Jane Doe reports on defence for …". */
const COVERS = new RegExp(String.raw`^${BULLET}${NAME}\s+(?:covers|reports\s+on|writes\s+about|writes\s+on)\s+.{3,80}?\s+for\s+\p{Lu}`, 'u');
/** Most lines hold neither cue; looking for them first spares the full patterns on long lines. */
const MARK_CUE = /expressed|follow/i;

/**
 * An author's bio. A bio-shaped sentence is only taken for one in the last lines: in the body,
 * "Jane Doe is a senior analyst at the bank" may be the news itself.
 */
export const authorBios: NoiseRule = {
  name: 'author-bios',
  test: (line, at = MIDDLE) => (MARK_CUE.test(line) && MARKED.test(line)) || (at.fromEnd < 3 && line.length <= 400 && (SHAPED.test(line) || COVERS.test(line)) && !REPORTED_SPEECH.test(line)),
};
