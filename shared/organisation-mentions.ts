/**
 * Which organisations of the directory a conclusion names, in the order it names them:
 * "Đề nghị Hội Nông dân chủ trì, phối hợp với Hội LHPN…" → Hội Nông dân first. Used to propose
 * the lead organisation of a task made from a conclusion (the first one named) and its supporting
 * organisations (the others); the user sees and can change both.
 */
import { foldForSearch } from './text';

export interface NameableOrganisation {
  id: number;
  name: string;
  abbreviation: string;
}

/** Where the place part of a directory name starts: "Hội Nông dân | tỉnh Quảng Ninh". */
const PLACE_WORDS = /\s(tinh|thanh pho|xa|phuong|huyen|quan|thi xa|dac khu)(\s|$)/;

/** The folded forms a text may use for an organisation: full name, name without its place, abbreviation. */
function aliasesOf(org: NameableOrganisation): string[] {
  const full = foldForSearch(org.name);
  const place = PLACE_WORDS.exec(full);
  const core = place ? full.slice(0, place.index) : full;
  const abbreviation = foldForSearch(org.abbreviation);
  const aliases = [full];
  // A one-word core ("Tỉnh ủy" has none) would match far too much text.
  if (core.includes(' ')) aliases.push(core);
  if (abbreviation.length >= 3 && !abbreviation.includes(' ')) aliases.push(abbreviation);
  return aliases;
}

function firstMention(folded: string, alias: string): number {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(alias, from);
    if (at < 0) return -1;
    const before = at === 0 ? '' : folded[at - 1]!;
    const after = folded[at + alias.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    from = at + 1;
  }
}

/** Ids of the organisations named in `text`, first named first. */
export function organisationsNamedIn(text: string, organisations: readonly NameableOrganisation[]): number[] {
  const folded = foldForSearch(text);
  const found: Array<{ id: number; at: number; length: number }> = [];
  for (const org of organisations) {
    let best: { at: number; length: number } | null = null;
    for (const alias of aliasesOf(org)) {
      const at = firstMention(folded, alias);
      if (at >= 0 && (best === null || at < best.at || (at === best.at && alias.length > best.length))) best = { at, length: alias.length };
    }
    if (best) found.push({ id: org.id, ...best });
  }
  // At one position the longest name wins: "Hội Liên hiệp Thanh niên" over a shorter name inside it.
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const kept: typeof found = [];
  for (const mention of found) {
    if (!kept.some((k) => mention.at >= k.at && mention.at < k.at + k.length)) kept.push(mention);
  }
  return kept.map((mention) => mention.id);
}
