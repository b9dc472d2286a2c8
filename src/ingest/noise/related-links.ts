import type { NoiseRule } from './types.js';

const LINK = new RegExp(
  [
    // "(For a graphic on trade flows, see: example.link/abc )"
    String.raw`^\((?:for|see)\b[^()]{0,120}\bsee:?\s*\S+\s*\)$`,
    // A whole line in square brackets: "[Read the reply: Why the talks matter]"
    String.raw`^\[[^\[\]]{5,300}\]$`,
    // A list of links under a "Related" heading: ">> Ministers meet again", "» Talks stall".
    String.raw`^(?:>>|»)\s*\S.{0,150}$`,
    // The heading itself: "Related coverage", "Related stories:".
    String.raw`^related(?:\s+(?:coverage|stories|articles|links|content|reading))?\s*:?$`,
  ].join('|'),
  'iu',
);
/** "SEE ALSO: …", "More:…", "More on the talks:…", "PHOTOS: …", "NOW WATCH: …", then a headline's capital. */
const LABEL = /^(?:see\s+also|related(?:\s+(?:coverage|stories|articles|links))?|read\s+more|read\s+also|more|more\s+on\s+[^:]{1,40}|photos|videos?|now\s+watch)\s*:\s*(\S).{0,240}$/iu;
const HEADLINE_START = /[\p{Lu}\p{N}‘'"“]/u;
/** A teaser: "Ministers meet again after talks stall Read more". In prose, "read more" is lower case. */
const TEASER = / Read more$/;
/**
 * A link label glued to its headline without a space: "Opinion:Why the talks failed",
 * "The state visit:What you need to know". Prose puts a space after a colon.
 */
const GLUED_LABEL = /^\p{Lu}[^:]{0,70}[\p{L}.’')]:[\p{Lu}‘'"“]/u;
/** Related headlines in capitals: six words or more, no lower case, no closing full stop or exclamation. */
function shouted(line: string): boolean {
  if (/\p{Ll}/u.test(line) || /[.!]$/.test(line) || line.length > 160) return false;
  return line.split(/\s+/).filter((w) => /\p{Lu}/u.test(w)).length >= 6;
}

/** Links to other stories: labels, teasers and headlines in capitals. */
export const relatedLinks: NoiseRule = {
  name: 'related-links',
  test(line) {
    const label = LABEL.exec(line);
    if (label && HEADLINE_START.test(label[1]!)) return true;
    return (line.length <= 250 && GLUED_LABEL.test(line)) || shouted(line) || TEASER.test(line) || LINK.test(line);
  },
};
