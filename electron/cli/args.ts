/**
 * Minimal `--name value` parsing for the command line; no flag takes more than one value. A
 * command may have sub-commands (`exchange export …`): the word right after the command, before
 * any flag, is the sub-command.
 */
export interface ParsedArgs {
  command: string | undefined;
  subcommand: string | undefined;
  options: Map<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...afterCommand] = argv;
  const subcommand = afterCommand[0] !== undefined && !afterCommand[0].startsWith('--') ? afterCommand[0] : undefined;
  const rest = subcommand === undefined ? afterCommand : afterCommand.slice(1);
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
  return { command, subcommand, options };
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`Thiếu tham số --${name}.`);
  return value;
}

/**
 * A result that is printed as the command's one JSON object but ends with a non-zero exit code
 * (an exchange package refused: `{ "added": 0, "changed": 0, "refused": [...] }`, exit 1).
 */
export class CliOutcome {
  constructor(
    readonly value: unknown,
    readonly exitCode: number,
    readonly message: string,
  ) {}
}

/** An error whose message is for the person at the terminal; printed without a stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
