/**
 * The command line, for IT staff, scripts and checks (run with `npm run -s cli -- <command> …`).
 * Each command (electron/cli/commands/) runs the same core code as the app and prints exactly one
 * JSON object on stdout. On a problem it prints `{ "error": { "code", "message" } }` — the message in
 * Vietnamese — and exits with 1. See COMMANDS for the list; `npm run -s cli` alone prints the usage.
 */
import { AppError } from '../core/errors';
import { CliError, CliOutcome, parseArgs } from './args';
import { COMMANDS } from './commands';

function usage(): string {
  return ['Cách dùng:', ...COMMANDS.flatMap((command) => command.usage.map((line) => `  npm run -s cli -- ${line}`))].join('\n');
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const command = COMMANDS.find((candidate) => candidate.name === args.command);
    if (!command) throw new CliError(args.command ? `Không có lệnh "${args.command}".` : 'Hãy cho biết lệnh cần chạy.');
    if (args.subcommand !== undefined && !command.subcommands?.includes(args.subcommand)) {
      throw new CliError(
        command.subcommands ? `Lệnh "${command.name}" không có việc "${args.subcommand}".` : `Không hiểu tham số "${args.subcommand}".`,
      );
    }
    if (command.subcommands && args.subcommand === undefined) throw new CliError(`Hãy cho biết việc cần làm với lệnh "${command.name}".`);
    const result = await command.run(args);
    printJson(result);
    return 0;
  } catch (error) {
    if (error instanceof CliOutcome) {
      printJson(error.value);
      console.error(error.message);
      return error.exitCode;
    }
    if (error instanceof CliError || error instanceof AppError) {
      const code = error instanceof AppError ? error.code : 'CLI_USAGE';
      printJson({ error: { code, message: error.message } });
      console.error(error.message);
      if (error instanceof CliError) console.error(usage());
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
