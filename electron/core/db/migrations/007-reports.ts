import type { Migration } from '../migration';

/**
 * Periodic reports compiled from the records (issue 12).
 *
 * - A compiled report IS a document (kind 'bao_cao'): it is edited, versioned, finalised,
 *   numbered and exported like every other. `report_compilations` adds what only a compiled
 *   report has: the period, the figures it was written from and the template it followed.
 * - `figures_json` is the figures object of the last compilation, each fact with the records it
 *   came from. It changes only when the user asks ("Cập nhật số liệu") on a draft; `frozen_at` is
 *   set when the report is finalised, after which nothing rewrites it, whatever happens to the
 *   records later. The Excel annex is built from it, so the annex matches the issued report.
 * - `template_json` is the template as it was at compilation: a refresh keeps the user's writing
 *   per section by comparing against what that template produced.
 * - `duty_task_id`: the periodic reporting duty (a recurring task) this report answers; issuing
 *   the report completes the duty, which makes its next occurrence.
 * - `report_settings` holds the committee's cut-off convention (calendar months, or the state's
 *   15/12–14/12) and its template; a NULL template means the default one shipped with the app.
 * - The directives index serves "received in the period" (arrival date, else issue date).
 */
export const migration007: Migration = {
  version: 7,
  name: 'reports',
  sql: `
CREATE TABLE report_compilations (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('thang', 'quy', 'sau_thang', 'chin_thang', 'nam', 'tuy_chon')),
  period_year INTEGER,
  period_index INTEGER,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  convention TEXT NOT NULL CHECK (convention IN ('lich', 'nha_nuoc')),
  figures_json TEXT NOT NULL,
  template_json TEXT NOT NULL,
  warnings_json TEXT NOT NULL DEFAULT '[]',
  compiled_at TEXT NOT NULL,
  frozen_at TEXT,
  duty_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
  CHECK (period_end >= period_start),
  CHECK ((period_kind = 'tuy_chon') = (period_year IS NULL))
);
CREATE INDEX report_compilations_period ON report_compilations(period_start, period_end);
CREATE INDEX report_compilations_duty ON report_compilations(duty_task_id);

CREATE TABLE report_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  convention TEXT NOT NULL DEFAULT 'lich' CHECK (convention IN ('lich', 'nha_nuoc')),
  template_json TEXT,
  updated_at TEXT NOT NULL
);

CREATE INDEX directives_received ON directives(coalesce(arrival_date, issued_date)) WHERE deleted_at IS NULL AND direction = 'den';
`,
};
