import type { DefaultOptionType } from 'antd/es/select';
import type { Organisation } from '../../../shared/schemas/directory';
import { matchesPrepared, prepareMatch, type Matchable, type PreparedMatch } from '../../../shared/text-match';

/**
 * Options for antd's Select and AutoComplete that every picker filters the same way, with the
 * shared matcher (no tone marks, đ → d, word starts, abbreviations: "hoi nong dan", "HND", "UBND").
 */
export interface MatchOption extends DefaultOptionType {
  match: PreparedMatch;
}

export function matchOption<V extends string | number>(value: V, label: string, matchable: Matchable): MatchOption & { value: V; label: string } {
  return { value, label, match: prepareMatch(matchable) };
}

/** For `showSearch={{ filterOption: filterByMatch }}`. */
export function filterByMatch(input: string, option?: DefaultOptionType): boolean {
  const match = (option as MatchOption | undefined)?.match;
  return match ? matchesPrepared(input, match) : true;
}

/** Active organisations (and the ones in `keep`, even retired), matched by name and abbreviation. */
export function organisationOptions(organisations: ReadonlyArray<Organisation>, keep: ReadonlyArray<number> = []) {
  return organisations
    .filter((o) => o.active || keep.includes(o.id))
    .map((o) => matchOption(o.id, o.active ? o.name : `${o.name} (ngừng sử dụng)`, { text: o.name, also: [o.abbreviation] }));
}
