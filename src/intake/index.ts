/**
 * Intake: articles in from where analysts find them. `add` fetches pages into the corpus as
 * Markdown with front matter; `pollFeeds` follows RSS, Atom and JSON feeds into it.
 */
export { addPage, addPages, intakeContext, type AddOutcome, type IntakeContext, type IntakeOptions } from './add.js';
export { DEFAULT_LIMITS, type FetchLimits } from './fetch.js';
export { readFeeds, statePathFor, writeFeeds, type Feed } from './feeds-file.js';
export { parseMatch } from './match.js';
export { DEFAULT_POLITENESS, userAgent, type PoliteOptions } from './polite.js';
export { pollFeeds, summaryLine, type PollOptions, type PollResult } from './poll.js';
export { pollThenRebuild } from './schedule.js';
export { parseWebUrl, redact } from './url.js';
