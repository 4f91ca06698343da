import type { CoreContext } from '../core/context';
import { openDatabase } from '../core/db/open';
import type { ParsedArgs } from './args';

/**
 * One `npm run cli -- <name> …` command. `run` returns the one JSON object the command prints on
 * stdout; a problem is thrown as a CliError or AppError and printed as `{ "error": { code, message } }`.
 * Every command calls the same core code as the app's handlers.
 */
export interface CliCommand {
  name: string;
  /** One or more usage lines, in Vietnamese, without the `npm run cli --` prefix. */
  usage: string[];
  /** Sub-commands it takes (`exchange export`); a command without them refuses a stray word. */
  subcommands?: readonly string[];
  run(args: ParsedArgs): Promise<unknown> | unknown;
}

/** A core context over a database file, as the app builds one (no native dialogs). */
export function openCliContext(file: string): CoreContext {
  const opened = openDatabase(file);
  return { db: opened.db, now: () => new Date(), appVersion: 'cli', databasePath: file, schemaVersion: opened.schemaVersion };
}

/** Runs `body` on an open context and always closes the database afterwards. */
export async function withCliContext<T>(file: string, body: (ctx: CoreContext) => Promise<T> | T): Promise<T> {
  const ctx = openCliContext(file);
  try {
    return await body(ctx);
  } finally {
    if (ctx.db.open) ctx.db.close();
  }
}
