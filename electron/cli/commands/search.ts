import fs from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../../core/handlers/dispatch';
import { handlers } from '../../core/handlers';
import type { SearchResult } from '../../../shared/schemas/search';
import { AppError } from '../../core/errors';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/**
 * The global search, through the app's own dispatcher (same validation, same handler):
 * `{ "results": [{ kind, id, title, snippet }], "tookMs" }`, results in the order the app shows
 * them (groups by relevance, records by relevance within each). A hint, when there is one, is
 * printed on stderr so stdout stays the one object.
 */
export const searchCommand: CliCommand = {
  name: 'search',
  usage: ['search --db TỆP_DỮ_LIỆU --query "NỘI DUNG CẦN TÌM" [--scope tat_ca|hoi_nghi|van_ban|nhiem_vu|danh_ba] [--per-kind SỐ]'],
  async run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
    // `--query` followed by nothing, or by text starting with "--", reads as an empty query.
    const raw = args.options.get('query');
    const query = typeof raw === 'string' ? raw : '';
    const scope = args.options.get('scope');
    const perKind = args.options.get('per-kind');
    const input = {
      query,
      ...(typeof scope === 'string' ? { scope } : {}),
      ...(typeof perKind === 'string' ? { perKind: Number(perKind) } : {}),
    };
    const result = await withCliContext(dbFile, async (ctx) => {
      const answer = await createDispatch(ctx, handlers)('search:query', input);
      if (!answer.ok) throw new AppError(answer.error.code, answer.error.message);
      return answer.data as SearchResult;
    });
    if (result.hint) process.stderr.write(`${result.hint}\n`);
    return {
      results: result.groups.flatMap((group) => group.hits.map((hit) => ({ kind: hit.kind, id: hit.id, title: hit.title, snippet: hit.snippet }))),
      tookMs: result.tookMs,
    };
  },
};
