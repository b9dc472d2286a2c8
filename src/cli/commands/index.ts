import type { CommandModule } from 'yargs';
import { addCommand } from './add.js';
import { buildCommand } from './build.js';
import { feedsCommand } from './feeds.js';
import { mailCommand } from './mail.js';
import { scheduleCommand } from './schedule.js';
import { watchCommand } from './watch.js';

/** Every command. Adding one is adding a file and a line here. */
export const commands: CommandModule<object, never>[] = [buildCommand as CommandModule<object, never>,
  watchCommand as CommandModule<object, never>,
  scheduleCommand as CommandModule<object, never>,
  mailCommand as CommandModule<object, never>, addCommand as CommandModule<object, never>, feedsCommand as CommandModule<object, never>];
