import type { CommandSpec, OptionSpecs } from '../spec.js';
import { BUILD_COMMAND } from './build-options.js';
import { ADD_COMMAND, FEEDS_ADD_COMMAND, FEEDS_LIST_COMMAND, FEEDS_POLL_COMMAND } from './intake-options.js';
import { MAIL_COMMAND } from './mail-options.js';
import { SCHEDULE_COMMAND, WATCH_COMMAND } from './unattended-options.js';

/**
 * The options of every command; a configuration file may hold any of their keys. A command of
 * commands is named by its words: "feeds poll".
 */
export const COMMAND_SPECS: readonly CommandSpec<OptionSpecs, unknown>[] = [
  BUILD_COMMAND,
  WATCH_COMMAND,
  SCHEDULE_COMMAND,
  MAIL_COMMAND,
  ADD_COMMAND,
  FEEDS_ADD_COMMAND,
  FEEDS_LIST_COMMAND,
  FEEDS_POLL_COMMAND,
];

export const CONFIG_KEYS: readonly string[] = [...new Set(COMMAND_SPECS.flatMap((c) => Object.values(c.options).flatMap((o) => (o.config ? [o.config] : []))))].sort();
