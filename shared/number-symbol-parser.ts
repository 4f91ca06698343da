import { DIRECTIVE_TYPE, type DirectiveType, type SymbolFamily } from './domain';
import { foldForSearch } from './text';

/**
 * Reads the number-symbol of any directive the secretariat registers, and writes it back in its
 * canonical form. The families (product.md):
 *
 *   Party (Hướng dẫn 36-HD/VPTW)      56-NQ/TU, 08-QĐi/TW        number-CODE/ISSUER
 *   state, individual                  757/QĐ-UBND                number/CODE-ISSUER
 *   state, normative (with the year)   337/2021/NQ-HĐND           number/YEAR/CODE-ISSUER
 *   Front                              12/BC-MTTQ-BTT             number/CODE-MTTQ-…
 *   letter (công văn), no type code    249/MTTQ-BTT               number/ISSUER
 *
 * Type codes are compared case-sensitively (QĐ Quyết định, QĐi and QyĐ Quy định), and what a
 * code means depends on the family (TT: Thông tri for the Party and the Front, Thông tư for the
 * state). What
 * cannot be read is refused with a Vietnamese sentence saying why, so the form can show it.
 */

export interface ParsedSymbol {
  family: SymbolFamily;
  number: number;
  /** The year inside a normative symbol (337/2021/…); null for every other family. */
  year: number | null;
  /** As written in the symbol, case kept ("QĐi"); null for a letter. */
  typeCode: string | null;
  /** The kind of document the code names in this family. */
  type: DirectiveType;
  /** The issuer part of the symbol: "TU", "HĐND", "MTTQ-BTT", "UBND-VP". */
  issuer: string;
  /** Canonical form: numbers below 10 padded with a zero, no spaces ("05/BC-MTTQ-BTT"). */
  normalized: string;
}

export type ParseSymbolResult = { ok: true; value: ParsedSymbol } | { ok: false; reason: string };

/** Codes of Nghị định 30/2020 (Phụ lục III), used by state bodies and the Front. */
const STATE_CODES: Readonly<Record<string, DirectiveType>> = {
  NQ: 'nghi_quyet',
  QĐ: 'quyet_dinh',
  CT: 'chi_thi',
  QC: 'quy_che',
  QyĐ: 'quy_dinh',
  TC: 'thong_cao',
  TB: 'thong_bao',
  HD: 'huong_dan',
  CTr: 'chuong_trinh',
  KH: 'ke_hoach',
  PA: 'phuong_an',
  ĐA: 'de_an',
  DA: 'du_an',
  BC: 'bao_cao',
  BB: 'bien_ban',
  TTr: 'to_trinh',
  HĐ: 'hop_dong',
  CĐ: 'cong_dien',
  BGN: 'ban_ghi_nho',
  GUQ: 'giay_uy_quyen',
  GM: 'giay_moi',
  GGT: 'giay_gioi_thieu',
  PG: 'phieu_gui',
  PC: 'phieu_chuyen',
  PB: 'phieu_bao',
  // Legal documents outside Phụ lục III that state symbols carry every day (30/2020/NĐ-CP).
  NĐ: 'nghi_dinh',
  TT: 'thong_tu',
  TTLT: 'thong_tu_lien_tich',
  // Letters numbered before Nghị định 30 often carried CV ("123/CV-UBND"); they still arrive.
  CV: 'cong_van',
};

/** Codes that only Party documents use (Hướng dẫn 36). */
const PARTY_ONLY_CODES: Readonly<Record<string, DirectiveType>> = {
  KL: 'ket_luan',
  QĐi: 'quy_dinh',
  TT: 'thong_tri',
  BS: 'bo_sung',
};

/** State codes a Party document never carries: the legal documents of the government. */
const STATE_ONLY_CODES = new Set(['NĐ', 'TT', 'TTLT']);

const PARTY_CODES: Readonly<Record<string, DirectiveType>> = {
  ...Object.fromEntries(Object.entries(STATE_CODES).filter(([code]) => !STATE_ONLY_CODES.has(code))),
  ...PARTY_ONLY_CODES,
};

/**
 * The Front writes its symbols in the state's shape (Nghị định 30) but issues Thông tri, as the
 * Party does, and never a Thông tư: "25/TT-MTTW-BTT" is Thông tri số 25 of the Central Committee.
 */
const FRONT_CODES: Readonly<Record<string, DirectiveType>> = { ...STATE_CODES, TT: 'thong_tri' };

const ALL_CODES = [...new Set([...Object.keys(STATE_CODES), ...Object.keys(PARTY_CODES)])];

/** Every code of either list, for the form's help and the tests. */
export const KNOWN_TYPE_CODES: readonly string[] = ALL_CODES;

const UNKNOWN_CODE = (code: string) => `Mã loại '${quoted(code)}' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36.`;

/** "1-KL/TW" and "01-KL/TW" are the same document: numbers below 10 take a leading zero. */
export function formatSymbolNumber(number: number): string {
  return number < 10 ? `0${number}` : String(number);
}

/** Writes a parsed symbol in its canonical form. */
export function formatSymbol(parts: Pick<ParsedSymbol, 'family' | 'number' | 'year' | 'typeCode' | 'issuer'>): string {
  const number = formatSymbolNumber(parts.number);
  const coded = parts.typeCode === null ? parts.issuer : `${parts.typeCode}-${parts.issuer}`;
  switch (parts.family) {
    case 'dang':
      return `${number}-${parts.typeCode ?? ''}/${parts.issuer}`;
    case 'nha_nuoc_quy_pham':
      return `${number}/${parts.year ?? ''}/${coded}`;
    default:
      return `${number}/${coded}`;
  }
}

/** The longest number-symbol accepted, here and in the form (the longest real ones are under 40). */
export const NUMBER_SYMBOL_MAX_LENGTH = 200;

const TOO_LONG = `Số, ký hiệu quá dài (tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự).`;

const isSpace = (char: string) => /\s/.test(char);
const isSeparator = (char: string) => char === '-' || char === '/';

/**
 * Drops every run of spaces that touches a "-" or "/" ("56 - NQ / TU" → "56-NQ/TU"). A loop over
 * the runs rather than a regular expression: `\s*[-/]` retries each space of a long run and
 * takes quadratic time on a paste of spaces.
 */
function dropSpacesAroundSeparators(text: string): string {
  const kept: string[] = [];
  // The last character kept, tracked here: reading it back from a growing string would flatten it each time.
  let last = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (!isSpace(char)) {
      kept.push(char);
      last = char;
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && isSpace(text.charAt(end))) end += 1;
    if (!isSeparator(last) && !isSeparator(text.charAt(end))) {
      kept.push(text.slice(i, end));
      last = ' ';
    }
    i = end;
  }
  return kept.join('');
}

/** Without the full stops, commas and semicolons left at the end from running text. */
function dropTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,;'.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/**
 * Tidies what people paste: NFC, Icelandic Ð for Đ (some fonts and OCR produce it), dashes and
 * odd spaces made plain, a leading "Số", "Số:" or "số", spaces around "-" and "/", and a
 * trailing full stop or comma left from running text. Every step is linear in the length.
 */
function tidy(input: string): string {
  const plain = input
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    .replace(/[\uFF0F\u2215\u2044]/g, '/')
    .trim()
    .replace(/^s[ốo]\s*[:.]?\s*/iu, '');
  return dropTrailingPunctuation(dropSpacesAroundSeparators(plain)).trim();
}

/**
 * The first two words with a single space between them ("56 NQ"), as the user typed them: a
 * linear scan where the regular expression `[^\s/-]+ [^\s/-]+` would retry every start of a long
 * word and take quadratic time.
 */
function spacedWords(text: string): string | null {
  const isWordChar = (char: string) => char !== '' && !isSpace(char) && !isSeparator(char);
  for (let i = 1; i < text.length - 1; i += 1) {
    if (text.charAt(i) !== ' ' || !isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i + 1))) continue;
    let start = i - 1;
    while (start > 0 && isWordChar(text.charAt(start - 1))) start -= 1;
    let end = i + 1;
    while (end < text.length && isWordChar(text.charAt(end))) end += 1;
    return text.slice(start, end);
  }
  return null;
}

/** A part of the user's text inside a message, shortened so a long paste cannot flood the screen. */
function quoted(part: string): string {
  return part.length > 40 ? `${part.slice(0, 40)}…` : part;
}

/** The codes a segment was probably meant to be: typed in the wrong case or without Đ ("nq", "QD"). */
function codesMeant(segment: string): string[] {
  const folded = foldForSearch(segment);
  return ALL_CODES.filter((code) => foldForSearch(code) === folded);
}

function labelOf(code: string, codes: Readonly<Record<string, DirectiveType>>): string {
  const type = codes[code] ?? PARTY_CODES[code] ?? STATE_CODES[code];
  return type ? ` (${DIRECTIVE_TYPE.labels[type]})` : '';
}

type CodeReading = { type: DirectiveType } | { reason: string };

/** Reads a type code in a family's list; a reason when it is not there. */
function readCode(segment: string, codes: Readonly<Record<string, DirectiveType>>, familyName: string): CodeReading {
  const type = codes[segment];
  if (type) return { type };
  if (PARTY_ONLY_CODES[segment] && !STATE_CODES[segment]) {
    return { reason: `Mã loại '${segment}' chỉ dùng trong văn bản của Đảng (dạng 01-${segment}/TW), không dùng trong ${familyName}.` };
  }
  if (STATE_CODES[segment]) return { reason: `Mã loại '${segment}' không dùng trong văn bản của Đảng.` };
  const meant = codesMeant(segment);
  if (meant.length > 0) {
    const options = meant.map((code) => `'${code}'${labelOf(code, codes)}`).join(' hoặc ');
    return { reason: `Mã loại '${quoted(segment)}' phải viết đúng chữ hoa, chữ thường: ${options}.` };
  }
  return { reason: UNKNOWN_CODE(segment) };
}

const ISSUER_SEGMENT = /^[\p{Lu}\d][\p{L}\d]*$/u;

/** The issuer part ("TU", "MTTQ-BTT", "CP", "TTg"): segments that start with a capital or a digit. */
function readIssuer(issuer: string, after: string): string | null {
  if (issuer === '') return `Thiếu ký hiệu cơ quan ban hành sau ${after}.`;
  for (const segment of issuer.split('-')) {
    if (segment === '') return `Ký hiệu cơ quan ban hành '${quoted(issuer)}' có dấu gạch ngang thừa.`;
    if (!ISSUER_SEGMENT.test(segment)) {
      if (/^\p{Ll}/u.test(segment)) return `Ký hiệu cơ quan ban hành '${quoted(segment)}' phải viết hoa (ví dụ: '${quoted(segment.toUpperCase())}').`;
      return `Ký hiệu cơ quan ban hành '${quoted(segment)}' có ký tự không hợp lệ.`;
    }
  }
  return null;
}

function fail(reason: string): ParseSymbolResult {
  return { ok: false, reason };
}

function success(parts: Omit<ParsedSymbol, 'normalized'>): ParseSymbolResult {
  return { ok: true, value: { ...parts, normalized: formatSymbol(parts) } };
}

/** Party: "56-NQ/TU" — the part after the number's hyphen. */
function parseParty(number: number, rest: string): ParseSymbolResult {
  const slash = rest.indexOf('/');
  if (slash < 0) {
    if (rest.includes('-')) return fail(`Văn bản của Đảng có dạng 56-NQ/TU: thiếu dấu '/' trước ký hiệu cơ quan ban hành.`);
    return fail(`Thiếu ký hiệu cơ quan ban hành sau dấu gạch chéo (dạng ${formatSymbolNumber(number)}-${rest || 'NQ'}/TU).`);
  }
  const code = rest.slice(0, slash);
  const issuer = rest.slice(slash + 1);
  if (code === '') return fail('Thiếu mã loại văn bản sau dấu gạch ngang.');
  if (issuer.includes('/')) return fail("Số ký hiệu có quá nhiều dấu '/'.");
  const reading = readCode(code, PARTY_CODES, 'văn bản của Đảng');
  if ('reason' in reading) return fail(reading.reason);
  const issuerProblem = readIssuer(issuer, 'dấu gạch chéo');
  if (issuerProblem) return fail(issuerProblem);
  return success({ family: 'dang', number, year: null, typeCode: code, type: reading.type, issuer });
}

/** The part after the number's (and the year's) slash: "NQ-HĐND", "BC-MTTQ-BTT", "MTTQ-BTT". */
function parseSlashed(number: number, year: number | null, rest: string): ParseSymbolResult {
  if (rest === '') return fail('Thiếu ký hiệu sau dấu gạch chéo.');
  if (rest.includes('/')) return fail("Số ký hiệu có quá nhiều dấu '/'.");
  const segments = rest.split('-');
  const first = segments[0]!;
  if (first === '') return fail('Thiếu mã loại văn bản trước dấu gạch ngang.');
  const issuerText = segments.slice(1).join('-');
  const isFront = (issuer: string) => /^MT(TQ|TW)/.test(issuer);

  const looksLikeCode = STATE_CODES[first] !== undefined || PARTY_CODES[first] !== undefined || codesMeant(first).length > 0;
  if (looksLikeCode) {
    const reading = readCode(first, STATE_CODES, 'văn bản nhà nước và Mặt trận');
    if ('reason' in reading) return fail(reading.reason);
    if (segments.length === 1) return fail(`Thiếu ký hiệu cơ quan ban hành sau mã loại '${first}' (dạng 36/${first}-HĐND).`);
    const issuerProblem = readIssuer(issuerText, `mã loại '${first}'`);
    if (issuerProblem) return fail(issuerProblem);
    const family: SymbolFamily = year !== null ? 'nha_nuoc_quy_pham' : isFront(issuerText) ? 'mat_tran' : 'nha_nuoc';
    const type = family === 'mat_tran' ? FRONT_CODES[first]! : reading.type;
    return success({ family, number, year, typeCode: first, type, issuer: issuerText });
  }

  if (year !== null) {
    // A law has no type code: 59/2020/QH14. Anything else with a year must carry one.
    if (segments.length === 1 && /^QH\d+$/.test(first)) {
      return success({ family: 'nha_nuoc_quy_pham', number, year, typeCode: null, type: 'luat', issuer: first });
    }
    return fail(UNKNOWN_CODE(first));
  }
  // No type code: a letter (công văn), whose symbol is the issuer itself ("249/MTTQ-BTT", "1234/TTg-KGVX").
  const issuerProblem = readIssuer(rest, 'dấu gạch chéo');
  if (issuerProblem) return fail(issuerProblem);
  return success({ family: 'cong_van', number, year: null, typeCode: null, type: 'cong_van', issuer: rest });
}

export interface ParseSymbolOptions {
  /** Longer input is refused before it is read. Only the benchmark lifts it, to show the reading is linear. */
  maxLength?: number;
}

/** Reads a number-symbol as typed; the time it takes grows linearly with the length of the text. */
export function parseNumberSymbol(input: string, options: ParseSymbolOptions = {}): ParseSymbolResult {
  if (input.length > (options.maxLength ?? NUMBER_SYMBOL_MAX_LENGTH)) return fail(TOO_LONG);
  const text = tidy(input);
  if (text === '') return fail('Chưa nhập số, ký hiệu văn bản.');
  const space = spacedWords(text);
  if (space !== null) {
    return fail(`Số ký hiệu có khoảng trắng ở giữa ('${quoted(space)}'): giữa các phần phải là dấu '-' hoặc '/'.`);
  }
  const odd = /[^\p{L}\d/-]/u.exec(text);
  if (odd) return fail(`Số ký hiệu có ký tự không hợp lệ '${odd[0]}'.`);

  const digits = /^\d+/.exec(text)?.[0] ?? '';
  if (digits === '') {
    const start = /^[^-/]*/.exec(text)?.[0] || text.slice(0, 1);
    return fail(`Số văn bản phải là chữ số, đặt ở đầu số ký hiệu (đang bắt đầu bằng '${quoted(start)}').`);
  }
  if (digits.length > 6) return fail(`Số văn bản '${quoted(digits)}' quá dài.`);
  const number = Number(digits);
  if (number < 1) return fail('Số văn bản phải từ 1 trở lên.');

  const separator = text.charAt(digits.length);
  const rest = text.slice(digits.length + 1);
  if (separator === '') return fail(`Thiếu ký hiệu sau số văn bản '${digits}' (ví dụ: ${digits}-NQ/TU hoặc ${digits}/QĐ-UBND).`);
  if (separator !== '-' && separator !== '/') {
    return fail(`Số văn bản phải là chữ số; sau số '${digits}' phải là dấu '-' (văn bản của Đảng) hoặc '/' (văn bản nhà nước, Mặt trận).`);
  }
  if (separator === '-') return parseParty(number, rest);

  // A normative symbol carries its year between two slashes: 337/2021/NQ-HĐND.
  const yearMatch = /^(\d+)\/(.*)$/s.exec(rest);
  if (yearMatch) {
    const [, yearText, afterYear] = yearMatch as unknown as [string, string, string];
    if (yearText.length !== 4) return fail(`Năm ban hành phải đủ 4 chữ số (đang là '${quoted(yearText)}').`);
    const year = Number(yearText);
    if (year < 1945 || year > 2100) return fail(`Năm ban hành '${yearText}' không hợp lệ.`);
    return parseSlashed(number, year, afterYear);
  }
  if (/^\d+$/.test(rest)) return fail(`Thiếu mã loại và cơ quan ban hành sau '${quoted(rest)}' (dạng 337/2021/NQ-HĐND).`);
  return parseSlashed(number, null, rest);
}

/** The kind a code names in a family, for a form that overrides the parser's choice. */
export function typeOfCode(family: SymbolFamily, code: string | null): DirectiveType {
  if (code === null) return family === 'nha_nuoc_quy_pham' ? 'luat' : 'cong_van';
  const codes = family === 'dang' ? PARTY_CODES : family === 'mat_tran' ? FRONT_CODES : STATE_CODES;
  return codes[code] ?? 'khac';
}
