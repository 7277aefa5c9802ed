/**
 * A small, strict command-line flag parser shared by the CLIs: unknown flags and missing values are usage errors.
 */

/** A bad command line; the CLIs print its one-line message and exit with code 2. */
export class UsageError extends Error {}

export interface Flags {
  values: Record<string, string | undefined>;
  booleans: Set<string>;
  positionals: string[];
}

/** Parses `--name value`, `--name=value` and `--switch` per `spec`; throws UsageError on anything else. */
export function parseFlags(argv: readonly string[], spec: Readonly<Record<string, 'value' | 'boolean'>>): Flags {
  const flags: Flags = { values: {}, booleans: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      flags.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!kind) throw new UsageError(`unknown flag --${name} (known: ${Object.keys(spec).map((k) => `--${k}`).join(', ')})`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.booleans.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (flags.values[name] !== undefined) throw new UsageError(`--${name} given twice`);
    flags.values[name] = value;
  }
  return flags;
}
