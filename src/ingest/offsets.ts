import type { OffsetMap } from '../model/pipeline.js';

/**
 * Builds cleaned text piece by piece while remembering where each piece came from, so that any
 * span of the cleaned text can be traced back to the file (vfile's `place`, in miniature).
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private map: OffsetMap = { clean: [], orig: [] };

  /** Appends text read at `orig` in the file; `orig` null marks text the cleaner made up (a joiner). */
  push(text: string, orig: number | null): void {
    if (!text) return;
    if (orig !== null) {
      this.map.clean.push(this.length);
      this.map.orig.push(orig);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  done(): { text: string; offsets: OffsetMap } {
    return { text: this.parts.join(''), offsets: this.map };
  }
}

/** Maps an offset in cleaned text to a character offset in the decoded file. */
export function toOriginal(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.clean.length - 1;
  if (hi < 0) return offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.clean[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map.orig[lo]! + (offset - map.clean[lo]!);
}
