import { DIRECTIVE_TYPE, DOCUMENT_KIND, type DirectiveType, type DocumentKind, type SearchKind } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { Db } from '../db/open';
import { statement } from '../db/write/sql';

/** What a result shows for its record: a title and a line under it (date, kind, place). */
export interface RecordTitle {
  title: string;
  detail: string;
}

interface TitleRow {
  id: number;
  title: string;
  a: string | null;
  b: string | null;
}

const SQL: Record<SearchKind, string> = {
  meeting: 'SELECT id, title, start_at AS a, place AS b FROM meetings',
  directive: "SELECT id, number_symbol || CASE WHEN summary = '' THEN '' ELSE ' — ' || summary END AS title, type AS a, issued_date AS b FROM directives",
  document: "SELECT id, summary AS title, kind AS a, coalesce(number_symbol, document_date) AS b FROM documents",
  task: 'SELECT id, title, due_date AS a, status AS b FROM tasks',
  person: 'SELECT p.id, p.full_name AS title, p.title AS a, o.name AS b FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id',
  organisation: 'SELECT id, name AS title, abbreviation AS a, NULL AS b FROM organisations',
};

function detailOf(kind: SearchKind, row: TitleRow): string {
  switch (kind) {
    case 'meeting':
      return [row.a ? formatLocalDate(row.a.slice(0, 10)) : '', row.b ?? ''].filter(Boolean).join(' · ');
    case 'directive':
      return [DIRECTIVE_TYPE.labels[row.a as DirectiveType] ?? '', row.b ? formatLocalDate(row.b) : ''].filter(Boolean).join(' · ');
    case 'document':
      return [DOCUMENT_KIND.labels[row.a as DocumentKind] ?? '', row.b ?? ''].filter(Boolean).join(' · ');
    case 'task':
      return row.a ? `Hạn ${formatLocalDate(row.a)}` : 'Chưa đặt hạn';
    case 'person':
      return [row.a ?? '', row.b ?? ''].filter(Boolean).join(' · ');
    case 'organisation':
      return row.a ?? '';
  }
}

export function recordTitles(db: Db, kind: SearchKind, ids: readonly number[]): Map<number, RecordTitle> {
  if (ids.length === 0) return new Map();
  const idColumn = kind === 'person' ? 'p.id' : 'id';
  const rows = statement(db, `${SQL[kind]} WHERE ${idColumn} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as TitleRow[];
  return new Map(
    rows.map((row) => [row.id, { title: kind === 'document' && row.title === '' ? DOCUMENT_KIND.labels[row.a as DocumentKind] : row.title, detail: detailOf(kind, row) }]),
  );
}
