/** Small immutable helpers for the ordered rows of a meeting (attendees, agenda items, …). */

export function newRowId(): string {
  return crypto.randomUUID();
}

export function replaceRow<T extends { id: string }>(rows: T[], id: string, patch: Partial<T>): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
}

export function removeRow<T extends { id: string }>(rows: T[], id: string): T[] {
  return rows.filter((row) => row.id !== id);
}

export function moveRow<T extends { id: string }>(rows: T[], id: string, delta: -1 | 1): T[] {
  const index = rows.findIndex((row) => row.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= rows.length) return rows;
  const copy = rows.slice();
  const [row] = copy.splice(index, 1);
  copy.splice(target, 0, row!);
  return copy;
}
