import type { CommandModule } from 'yargs';
import { addCommand } from './add.js';
import { buildCommand } from './build.js';
import { feedsCommand } from './feeds.js';
import { mailCommand } from './mail.js';
import { scheduleCommand } from './schedule.js';
import { watchCommand } from './watch.js';

type Command = CommandModule<object, Record<string, unknown>>;

/** Every command. Adding one is adding a file, its options in a table, and a line here. */
export const commands: Command[] = [buildCommand, watchCommand, scheduleCommand, mailCommand, addCommand, feedsCommand];
