import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full collection between the analysis and the rendering: the analysis leaves most of its heap
 * as garbage, and collecting it before react-pdf allocates keeps the peak memory of a large
 * corpus near the larger of the two stages rather than their sum.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
