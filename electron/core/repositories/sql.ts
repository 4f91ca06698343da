/** Makes a user's text safe inside LIKE '%…%' with ESCAPE '\'. */
export function likeContains(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function toBool(value: number): boolean {
  return value === 1;
}
