import { z } from 'zod';
import { CONFIG_KEYS } from './commands/specs.js';
import { BadValue } from './options.js';
import { layerOptions, problemError, type Layers } from './layers.js';
import { checkField, type CommandSpec, type OptionSpecs, type Problem } from './spec.js';

const schemas = new WeakMap<object, z.ZodType>();

/**
 * The one zod schema of a command's options: a strict object with one checked field per option
 * (each applying its Field), then the command's `finish` (its rules across options).
 */
export function schemaFor<T>(command: CommandSpec<OptionSpecs, T>): z.ZodType<T> {
  let schema = schemas.get(command);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, spec] of Object.entries(command.options)) {
      shape[key] = z
        .unknown()
        .optional()
        .transform((v, ctx) => {
          const r = checkField(spec, key, v);
          if ('value' in r) return r.value;
          ctx.addIssue({ code: 'custom', message: r.problem.message, params: { required: r.problem.required ?? false } });
          return z.NEVER;
        });
    }
    schema = z.strictObject(shape).transform((values, ctx) => {
      try {
        return command.finish(values as never);
      } catch (e) {
        if (!(e instanceof BadValue)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message, path: e.key ? [e.key] : [] });
        return z.NEVER;
      }
    });
    schemas.set(command, schema);
  }
  return schema as z.ZodType<T>;
}

/** The checked options of one run of `command`; a bad value is one line naming where it came from. */
export function resolveOptions<T>(command: CommandSpec<OptionSpecs, T>, layers: Layers): T {
  const layered = layerOptions(command, layers);
  const parsed = schemaFor(command).safeParse(layered.raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0];
  const problem: Problem = {
    key: typeof key === 'string' ? key : null,
    message: issue.message,
    required: (issue as { params?: { required?: boolean } }).params?.required,
  };
  throw problemError(command, layered, problem);
}

/** The checked options of this run: flags over environment over file over defaults. */
export function optionsFor<T>(command: CommandSpec<OptionSpecs, T>, flags: Record<string, unknown>): T {
  return resolveOptions(command, { flags, configKeys: CONFIG_KEYS });
}
