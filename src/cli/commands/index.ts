import type { CommandModule } from 'yargs';
import { buildCommand } from './build.js';

/** Every command. Adding one is adding a file and a line here. */
export const commands: CommandModule<object, never>[] = [buildCommand as CommandModule<object, never>];
