import type { CommandSpec, OptionSpecs } from '../spec.js';
import { BUILD_COMMAND } from './build-options.js';
import { MAIL_COMMAND } from './mail-options.js';
import { SCHEDULE_COMMAND, WATCH_COMMAND } from './unattended-options.js';

/** The options of every command; a configuration file may hold any of their keys. */
export const COMMAND_SPECS: readonly CommandSpec<OptionSpecs, unknown>[] = [BUILD_COMMAND, WATCH_COMMAND, SCHEDULE_COMMAND, MAIL_COMMAND];

export const CONFIG_KEYS: readonly string[] = [...new Set(COMMAND_SPECS.flatMap((c) => Object.values(c.options).flatMap((o) => (o.config ? [o.config] : []))))].sort();
