import { adMarkers } from './ad-markers.js';
import { authorBios } from './author-bios.js';
import { breadcrumbs } from './breadcrumbs.js';
import { bylines } from './bylines.js';
import { contributors } from './contributors.js';
import { credits } from './credits.js';
import { editorNotes } from './editor-notes.js';
import { linkFarm } from './link-farm.js';
import { mediaWidgets } from './media-widgets.js';
import { photoCaptions } from './photo-captions.js';
import { relatedLinks } from './related-links.js';
import { shareButtons } from './share-buttons.js';
import { signUps } from './sign-ups.js';
import { socialPosts } from './social-posts.js';
import { MIDDLE, type LineContext, type NoiseRule } from './types.js';

export { MIDDLE, type LineContext, type NoiseRule } from './types.js';

/** Every boilerplate rule. Adding a rule is adding a file and a line here. */
export const noiseRules: NoiseRule[] = [
  shareButtons,
  linkFarm,
  adMarkers,
  breadcrumbs,
  credits,
  bylines,
  contributors,
  authorBios,
  socialPosts,
  photoCaptions,
  mediaWidgets,
  editorNotes,
  relatedLinks,
  signUps,
];

/** The first rule a line breaks, or null when it is article text. */
export function noiseOf(line: string, at: LineContext = MIDDLE): string | null {
  const t = line.trim();
  if (!t) return null;
  for (const rule of noiseRules) if (rule.test(t, at)) return rule.name;
  return null;
}
