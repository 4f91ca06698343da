/**
 * Looks at the export as a person would: writes every kind of document to a folder and renders
 * each page to PNG through LibreOffice (/work/shared/tools/render-docx, or RENDER_DOCX).
 *   npx tsx tests/support/render-exports.ts [OUTDIR] [DPI]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportDocumentToDocx } from '../../electron/core/export';
import { FIXTURES } from './export-fixtures';

const outDir = path.resolve(process.argv[2] ?? path.join(tmpdir(), 'export-render'));
const dpi = process.argv[3] ?? '80';
const renderer = process.env.RENDER_DOCX ?? '/work/shared/tools/render-docx';

mkdirSync(path.join(outDir, 'png'), { recursive: true });
// Pages of an earlier run would be listed with this one's.
for (const old of readdirSync(path.join(outDir, 'png'))) rmSync(path.join(outDir, 'png', old));
for (const [kind, make] of Object.entries(FIXTURES)) {
  const file = path.join(outDir, `${kind}.docx`);
  writeFileSync(file, await exportDocumentToDocx(make()));
  const pages = execFileSync(renderer, [file, path.join(outDir, 'png'), dpi], { encoding: 'utf8' }).trim().split('\n');
  console.log(`${kind}: ${pages.join(' ')}`);
}
