/**
 * Benchmark of the exchange (issue 13): a province gives 10 tasks on one directive (with a 2 MB
 * scanned attachment) to each of 50 communes — 500 assignments — and writes them as one package;
 * a commune verifies and imports it (its 10 tasks, backup included); the 50 communes report up and
 * the province imports the 50 packages; the province's matrix over the 500 cells.
 *   npx tsx tests/bench/exchange.ts
 * Prints JSON; also part of `npm run bench` (section `exchange`).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { buildDownPackage, buildReportPackage, writeBuiltPackage } from '../../electron/core/exchange/export';
import { importPackageFile } from '../../electron/core/exchange/import';
import { readPackage } from '../../electron/core/exchange/package-file';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { addAttachmentFiles } from '../../electron/core/services/attachments';
import { BUDGETS, measure, megabytes } from './measure';

const COMMUNES = 50;
const TASKS_PER_COMMUNE = 10;
const NOW = new Date('2026-11-20T09:00:00');

interface AsyncMeasure {
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  budget: { p95Ms: number; source: string };
  pass: boolean;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

async function measureAsync(iterations: number, warmup: number, run: (i: number) => Promise<void>, prepare: (i: number) => void = () => {}): Promise<AsyncMeasure> {
  for (let i = 0; i < warmup; i++) {
    prepare(-1 - i);
    await run(-1 - i);
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    prepare(i);
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1))]!;
  return {
    iterations,
    medianMs: round(at(50)),
    p95Ms: round(at(95)),
    minMs: round(samples[0]!),
    maxMs: round(samples.at(-1)!),
    budget: BUDGETS.action,
    pass: at(95) < BUDGETS.action.p95Ms,
  };
}

function open(file: string): { ctx: CoreContext; call: (channel: string, input: unknown) => unknown; close(): void } {
  const opened = openDatabase(file);
  const ctx: CoreContext = { db: opened.db, now: () => NOW, appVersion: 'bench', databasePath: file, schemaVersion: opened.schemaVersion };
  const dispatch = createDispatch(ctx, handlers);
  return {
    ctx,
    call(channel, input) {
      const result = settledResult(dispatch(channel, input));
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.data;
    },
    close: () => opened.db.close(),
  };
}

const code = (i: number) => `MTTQ-T-X${String(i + 1).padStart(3, '0')}`;

function communeDatabase(file: string, i: number): void {
  const s = open(file);
  s.call('profile:save', { committeeName: `Ủy ban MTTQ Việt Nam xã số ${i + 1}`, placeName: `Xã ${i + 1}`, level: 'xa', abbreviation: 'MTTQ-BTT', committeeCode: code(i) });
  s.call('organisations:save', { name: `Ủy ban MTTQ Việt Nam xã số ${i + 1}`, kind: 'mat_tran' });
  s.close();
}

export async function benchExchange(root: string) {
  const provinceFile = path.join(root, 'tinh', 'du-lieu.sqlite3');
  fs.mkdirSync(path.dirname(provinceFile), { recursive: true });
  const province = open(provinceFile);
  province.call('profile:save', { committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm', placeName: 'Thử Nghiệm', level: 'tinh', abbreviation: 'MTTQ-BTT', committeeCode: 'MTTQ-T' });
  const committeeIds: number[] = [];
  for (let i = 0; i < COMMUNES; i++) {
    committeeIds.push((province.call('committees:save', { name: `Ủy ban MTTQ Việt Nam xã số ${i + 1}`, code: code(i), relation: 'cap_duoi' }) as { id: number }).id);
  }
  const directiveId = (province.call('directives:save', { direction: 'di', numberSymbol: '125/KH-MTTQ-BTT', issuedDate: '2026-11-18', summary: 'Kế hoạch thực hiện các nhiệm vụ trọng tâm năm 2027' }) as { id: number }).id;
  const scan = path.join(root, 'ke-hoach-125.pdf');
  fs.writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2 * 1024 * 1024)]));
  await addAttachmentFiles(province.ctx, directiveId, [scan]);
  province.call('exchange:saveAssignments', {
    directiveId,
    tasks: Array.from({ length: TASKS_PER_COMMUNE }, (_, t) => ({
      title: `Nhiệm vụ trọng tâm số ${t + 1}: tổ chức thực hiện và báo cáo kết quả ở cơ sở`,
      detail: 'Triển khai đến các khu dân cư; báo cáo kết quả, khó khăn, kiến nghị.',
      lead: 'Ban Thường trực Ủy ban MTTQ',
      dueDate: `2026-12-${String(10 + t).padStart(2, '0')}`,
      recurrence: t === 0 ? 'hang_quy' : 'khong',
      committeeIds,
    })),
  });

  const outbox = path.join(root, 'usb');
  fs.mkdirSync(outbox);
  const down = path.join(outbox, 'giao.mttq');
  const writeDown = await measureAsync(10, 2, async (i) => {
    const target = i === 9 ? down : path.join(outbox, `giao-${i}.mttq`);
    await writeBuiltPackage(province.ctx, buildDownPackage(province.ctx, directiveId, committeeIds), target);
  });
  const packageBytes = fs.statSync(down).size;
  const downBytes = new Uint8Array(fs.readFileSync(down));
  const verify = await measureAsync(10, 2, async () => {
    await readPackage(downBytes, { fileName: 'giao.mttq', schemaVersion: province.ctx.schemaVersion });
  });

  // One commune's import, each sample on an untouched copy of its database (copied outside the timing).
  const template = path.join(root, 'mau', 'du-lieu.sqlite3');
  fs.mkdirSync(path.dirname(template), { recursive: true });
  communeDatabase(template, 0);
  let sample: ReturnType<typeof open> | null = null;
  const importDown = await measureAsync(
    10,
    2,
    async () => {
      const result = await importPackageFile(sample!.ctx, down);
      if (result.added !== TASKS_PER_COMMUNE + 1) throw new Error(`expected ${TASKS_PER_COMMUNE + 1} added, got ${result.added}`);
      sample!.close();
    },
    (i) => {
      const dir = path.join(root, `xa-mau-${i < 0 ? `w${-i}` : i}`);
      fs.mkdirSync(dir);
      fs.copyFileSync(template, path.join(dir, 'du-lieu.sqlite3'));
      sample = open(path.join(dir, 'du-lieu.sqlite3'));
    },
  );

  // Every commune imports, logs progress on half its tasks and reports up.
  const reports: string[] = [];
  for (let i = 0; i < COMMUNES; i++) {
    const file = path.join(root, `xa-${i}`, 'du-lieu.sqlite3');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    communeDatabase(file, i);
    const commune = open(file);
    await importPackageFile(commune.ctx, down);
    const tasks = commune.ctx.db.prepare('SELECT id FROM tasks ORDER BY id').all() as Array<{ id: number }>;
    tasks.slice(0, TASKS_PER_COMMUNE / 2).forEach((task) => commune.call('tasks:addProgress', { taskId: task.id, date: '2026-11-20', note: 'Đã triển khai đến 12/15 khu dân cư.', by: '' }));
    const report = path.join(outbox, `bao-cao-${i}.mttq`);
    await writeBuiltPackage(commune.ctx, await buildReportPackage(commune.ctx, []), report);
    reports.push(report);
    commune.close();
  }
  const importReports = await measureAsync(COMMUNES, 0, async (i) => {
    const result = await importPackageFile(province.ctx, reports[i]!);
    if (result.added !== TASKS_PER_COMMUNE) throw new Error(`expected ${TASKS_PER_COMMUNE} reports, got ${result.added}`);
  });
  const cells = (province.call('exchange:matrix', { directiveId: null }) as { rows: Array<{ cells: unknown[] }> }).rows.reduce((n, r) => n + r.cells.length, 0);
  const matrix = measure('screen', { iterations: 100, warmup: 10 }, () => {
    province.call('exchange:matrix', { directiveId });
  });
  province.close();
  const all = [writeDown, verify, importDown, importReports, matrix];
  return {
    communes: COMMUNES,
    assignments: COMMUNES * TASKS_PER_COMMUNE,
    attachmentMb: 2,
    packageMb: megabytes(packageBytes),
    matrixCells: cells,
    writePackage500: writeDown,
    verifyPackage500: verify,
    importAtOneCommune: importDown,
    importReportFromEachCommune: importReports,
    matrix500: matrix,
    allBudgetsPass: all.every((m) => m.pass),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-exchange-'));
  try {
    process.stdout.write(`${JSON.stringify({ benchmark: 'exchange', ...(await benchExchange(root)) }, null, 2)}\n`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
