import type { Migration } from '../migration';

/**
 * Follow-up tasks (nhiệm vụ): assigned from a meeting conclusion, from a directive, or alone.
 *
 * - Overdue is not a column: it depends on today's date, so it is computed when read.
 * - `meeting_id` is copied from the conclusion when the task is made. A meeting edit may later
 *   remove the conclusion (its row is deleted, `conclusion_id` becomes NULL) and the task must
 *   still know which meeting assigned it.
 * - `recurrence_day` is the day of month a periodic task's series was set on (31 for "the last
 *   day"), so that its due dates do not drift after a short month: 31/01 → 28/02 → 31/03.
 * - `previous_task_id` links an occurrence of a periodic task to the one whose completion made it.
 * - Lead organisations and responsible people are RESTRICTed: the directory refuses to delete one
 *   still named on a task, and merging moves the tasks.
 * - Indexes serve the list's filters (status and due date, organisation, meeting) and the
 *   dashboard's counts; all are partial on live rows because deleted tasks are never listed.
 *   Measured with 50,000 tasks (tests/bench/tasks.ts), not guessed:
 *   - tasks_list_order is the default sort of the list, expression for expression (open tasks
 *     first, then due date, no date last, then priority): a page is read off the index instead
 *     of sorting every task (90 ms → under 1 ms).
 *   - tasks_lead covers (organisation, status, due date): the per-organisation view finds its
 *     tasks by it, and the dashboard's per-organisation counts read only the index (110 → 11 ms).
 *   - tasks_completed: "done this month" without visiting every done task (60 ms → 0.1 ms).
 */
export const migration004: Migration = {
  version: 4,
  name: 'tasks',
  sql: `
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  lead_organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  responsible_person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  start_date TEXT,
  due_date TEXT,
  priority TEXT NOT NULL DEFAULT 'trung_binh' CHECK (priority IN ('cao', 'trung_binh', 'thap')),
  status TEXT NOT NULL DEFAULT 'chua_thuc_hien'
    CHECK (status IN ('chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung')),
  result TEXT NOT NULL DEFAULT '',
  completed_at TEXT,
  completed_by TEXT,
  source TEXT NOT NULL CHECK (source IN ('ket_luan', 'van_ban', 'doc_lap')),
  conclusion_id TEXT REFERENCES conclusions(id) ON DELETE SET NULL,
  meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  directive_id INTEGER REFERENCES directives(id) ON DELETE SET NULL,
  recurrence TEXT NOT NULL DEFAULT 'khong' CHECK (recurrence IN ('khong', 'hang_thang', 'hang_quy', 'sau_thang', 'hang_nam')),
  recurrence_day INTEGER CHECK (recurrence_day IS NULL OR recurrence_day BETWEEN 1 AND 31),
  previous_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
  CHECK ((status = 'hoan_thanh') = (completed_at IS NOT NULL)),
  CHECK (recurrence = 'khong' OR due_date IS NOT NULL)
);
CREATE INDEX tasks_status_due ON tasks(status, due_date) WHERE deleted_at IS NULL;
CREATE INDEX tasks_due ON tasks(due_date) WHERE deleted_at IS NULL;
CREATE INDEX tasks_lead ON tasks(lead_organisation_id, status, due_date) WHERE deleted_at IS NULL;
CREATE INDEX tasks_list_order ON tasks(
  status = 'hoan_thanh', due_date IS NULL, due_date, CASE priority WHEN 'cao' THEN 0 WHEN 'trung_binh' THEN 1 ELSE 2 END, id
) WHERE deleted_at IS NULL;
CREATE INDEX tasks_completed ON tasks(status, completed_at) WHERE deleted_at IS NULL;
CREATE INDEX tasks_updated ON tasks(updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX tasks_meeting ON tasks(meeting_id);
CREATE INDEX tasks_conclusion ON tasks(conclusion_id);
CREATE INDEX tasks_directive ON tasks(directive_id);
CREATE INDEX tasks_previous ON tasks(previous_task_id);
CREATE INDEX tasks_person ON tasks(responsible_person_id);

CREATE TABLE task_supporting_organisations (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  PRIMARY KEY (task_id, organisation_id)
);
CREATE INDEX task_supporting_organisation ON task_supporting_organisations(organisation_id, task_id);

CREATE TABLE task_progress (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  progress_date TEXT NOT NULL,
  note TEXT NOT NULL,
  by_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX task_progress_task ON task_progress(task_id, progress_date, id);
`,
};
