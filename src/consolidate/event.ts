/** The event block lives in ./event/; this entry keeps the stage's import path short. */
export { consolidateEvent, formatRange, summarise, titleOf, type EventResult } from './event/index.js';
