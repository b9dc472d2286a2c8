// Before `npm pack`: a fresh dist/, so no file of a removed module is shipped.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
