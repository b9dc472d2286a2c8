import type { Annotated } from '../../extract/index.js';
import type { Article } from '../../model/pipeline.js';
import type { Discrepancy, DiscrepancyKind, Event } from '../../model/schema.js';
import type { ClaimGroup } from '../claims.js';

/** A statement from an independent source, with what the detectors compare. */
export interface Statement {
  a: Annotated;
  source: string;
  text: string;
  /** Content words rare enough to identify a subject (not in most sources). */
  salient: Set<string>;
  /** Salient words of the sentence before, in the same paragraph: "The investment, worth …" names its subject there. */
  near: ReadonlySet<string>;
  programmes: ReadonlySet<string>;
  /** Article date (or the corpus's usual date): the reference for "in three years" and weekdays. */
  reference: string;
}

export interface Context {
  statements: Statement[];
  articles: Map<string, Article>;
  event: Event;
  groups: ClaimGroup[];
  /** Words that name the event's parties, too common to identify a subject. */
  eventWords: Set<string>;
}

/**
 * One kind of disagreement, in a file of its own with its own tests (eslint's rule shape). It returns
 * one row per disagreement, its sources gathered into sides (see `mergeFindings`).
 */
export interface Detector {
  name: string;
  kind: DiscrepancyKind;
  detect(ctx: Context): Discrepancy[];
}
