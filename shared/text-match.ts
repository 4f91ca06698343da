import { foldForSearch } from './text';

/**
 * The one matcher of every picker (speakers, presenters, lead organisations, the organisation of
 * a person): what the user types is matched
 * - without tone marks and with đ → d ("nguyen anh" finds "Nguyễn Văn Anh");
 * - word by word, each typed word the start of a word of the name, in any order — a typed word
 *   never matches inside a word ("huong" does not find "Thường", "nong dan" finds "Hội Nông dân");
 * - or as an abbreviation: the one recorded ("HND"), or the first letters of consecutive words
 *   ("UBND" finds "Ủy ban nhân dân tỉnh", "HĐND" finds "Hội đồng nhân dân").
 */
export interface Matchable {
  /** The name shown: "Hội Nông dân thành phố Hải Phòng". */
  text: string;
  /** Extra words that also match: a recorded abbreviation, a title, an organisation. */
  also?: ReadonlyArray<string>;
}

function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** First letters of consecutive words: "hoi dong nhan dan" → "hdnd". */
function initials(wordList: readonly string[]): string {
  return wordList.map((w) => w[0] ?? '').join('');
}

/** A prepared candidate: folded once, matched many times while the user types. */
export interface PreparedMatch {
  words: string[];
  initials: string[];
  abbreviations: string[];
}

export function prepareMatch(candidate: Matchable): PreparedMatch {
  const parts = [candidate.text, ...(candidate.also ?? [])].map((part) => words(foldForSearch(part)));
  const all = parts.flat();
  return {
    words: all,
    initials: parts.map(initials),
    // A recorded abbreviation is one word of capitals ("HND", "HLHPN"): typed in full or begun.
    abbreviations: (candidate.also ?? []).map((part) => foldForSearch(part).replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean),
  };
}

export function matchesPrepared(query: string, prepared: PreparedMatch): boolean {
  const typed = words(foldForSearch(query));
  if (typed.length === 0) return true;
  const asWords = typed.every((word) => prepared.words.some((candidate) => candidate.startsWith(word)));
  if (asWords) return true;
  // An abbreviation is typed as one word ("UBND", "HĐND", "hnd").
  if (typed.length !== 1) return false;
  const [abbreviation] = typed as [string];
  if (abbreviation.length < 2) return false;
  return (
    prepared.abbreviations.some((recorded) => recorded.startsWith(abbreviation)) ||
    prepared.initials.some((letters) => letters.includes(abbreviation))
  );
}

export function matchesQuery(query: string, candidate: Matchable): boolean {
  return matchesPrepared(query, prepareMatch(candidate));
}
