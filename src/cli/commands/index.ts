import type { CommandModule } from 'yargs';
import { buildCommand } from './build.js';
import { mailCommand } from './mail.js';
import { scheduleCommand } from './schedule.js';
import { watchCommand } from './watch.js';

/** Every command. Adding one is adding a file, its options in specs.ts, and a line here. */
export const commands: CommandModule<object, Record<string, unknown>>[] = [buildCommand, watchCommand, scheduleCommand, mailCommand];
