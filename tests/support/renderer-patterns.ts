/**
 * Counts, in the renderer's source, the hand-written patterns the query layer and the shared
 * form rules replace (README, "One way to load, refresh and leave"):
 * - fetch effects: `useEffect` blocks that call the main process;
 * - busy flags: `useState(false)` named busy / saving / loading / creating / searching;
 * - reload counters: counters bumped to make a list load again;
 * - duplicate form messages: Vietnamese messages of the shared zod schemas written again in the renderer.
 *
 *   npx tsx tests/support/renderer-patterns.ts [ROOT]      (ROOT defaults to this checkout)
 */
import fs from 'node:fs';
import path from 'node:path';

function files(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, ext) : ext.test(entry.name) ? [full] : [];
  });
}

/** The text of each `useEffect(...)` call, brackets balanced. */
function effectBodies(source: string): string[] {
  const bodies: string[] = [];
  let at = source.indexOf('useEffect(');
  while (at >= 0) {
    let depth = 0;
    let end = at + 'useEffect'.length;
    for (; end < source.length; end += 1) {
      const ch = source[end];
      if (ch === '(') depth += 1;
      else if (ch === ')') {
        depth -= 1;
        if (depth === 0) break;
      }
    }
    bodies.push(source.slice(at, end + 1));
    at = source.indexOf('useEffect(', end);
  }
  return bodies;
}

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i;

function quoted(source: string): string[] {
  return [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? '');
}

export function countPatterns(root: string) {
  const renderer = files(path.join(root, 'renderer/src'), /\.tsx?$/).map((file) => fs.readFileSync(file, 'utf8'));
  const schemaMessages = new Set(
    files(path.join(root, 'shared/schemas'), /\.ts$/)
      .flatMap((file) => quoted(fs.readFileSync(file, 'utf8')))
      .filter((text) => text.length >= 8 && VIETNAMESE.test(text)),
  );
  let fetchEffects = 0;
  let busyFlags = 0;
  let reloadCounters = 0;
  let duplicateMessages = 0;
  for (const source of renderer) {
    fetchEffects += effectBodies(source).filter((body) => /\bcall\(/.test(body)).length;
    busyFlags += (source.match(/const \[(busy|saving|loading|creating|searching|submitting)\w*, set\w+\] = useState(<boolean>)?\((false|true)\)/g) ?? []).length;
    reloadCounters += (source.match(/set(Version|Changes|Reload\w*)\(\((\w+)\) => \2 \+ 1\)|changes: s\.changes \+ 1/g) ?? []).length;
    duplicateMessages += quoted(source).filter((text) => schemaMessages.has(text)).length;
    // Length limits written again by hand: "Nội dung quá dài (tối đa N ký tự)." is the shared schemas' sentence.
    duplicateMessages += (source.match(/Nội dung quá dài \(tối đa/g) ?? []).length;
  }
  return { fetchEffects, busyFlags, reloadCounters, duplicateMessages };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const root = path.resolve(process.argv[2] ?? '.');
  process.stdout.write(`${JSON.stringify(countPatterns(root))}\n`);
}
