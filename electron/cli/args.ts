/** Minimal `--name value` parsing for the command line; no flag takes more than one value. */
export interface ParsedArgs {
  command: string | undefined;
  options: Map<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new CliError(`Không hiểu tham số "${arg}".`);
    const name = arg.slice(2);
    const next = rest[i + 1];
    if (next === undefined || next.startsWith('--')) options.set(name, true);
    else {
      options.set(name, next);
      i += 1;
    }
  }
  return { command, options };
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`Thiếu tham số --${name}.`);
  return value;
}

/** An error whose message is for the person at the terminal; printed without a stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
