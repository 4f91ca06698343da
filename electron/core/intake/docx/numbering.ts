/**
 * Word's list numbers ("1.", "a)", "-") are not in the text: they are computed from
 * word/numbering.xml. This rebuilds them so that a numbered programme or list of conclusions
 * reads as it prints.
 */

export interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

export interface NumberingDefinitions {
  /** numId → its 9 levels (overrides applied). */
  levels: Map<string, LevelDefinition[]>;
}

export const EMPTY_NUMBERING: NumberingDefinitions = { levels: new Map() };

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, symbol] of ROMAN) while (n >= value) {
    out += symbol;
    n -= value;
  }
  return out;
}

/** Vietnamese letters lists use a, b, c … (đ after d in hand-typed lists; Word's own lowerLetter does not). */
function letter(n: number): string {
  let out = '';
  let k = n;
  while (k > 0) {
    k -= 1;
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26);
  }
  return out;
}

export function formatCounter(format: string, n: number): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** Counts list items in document order and writes each one's label. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  label(numId: string, level: number): string {
    const levels = this.definitions.levels.get(numId);
    if (!levels || numId === '0') return '';
    const definition = levels[level] ?? levels[0];
    if (!definition) return '';
    if (definition.format === 'bullet' || definition.format === 'none') return definition.format === 'bullet' ? '-' : '';
    const counts = this.counts.get(numId) ?? levels.map((l) => l.start - 1);
    counts[level] = (counts[level] ?? (definition.start - 1)) + 1;
    // A new item at one level restarts the levels under it.
    for (let deeper = level + 1; deeper < counts.length; deeper += 1) counts[deeper] = (levels[deeper]?.start ?? 1) - 1;
    this.counts.set(numId, counts);
    return definition.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const lvl = levels[at];
      return formatCounter(lvl?.format ?? 'decimal', Math.max(counts[at] ?? 1, 1));
    });
  }
}
