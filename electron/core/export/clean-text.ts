/**
 * Text goes into XML parts: characters XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/U+FFFF) would make Word refuse the file with a repair prompt, so they are dropped here.
 * Everything is written in NFC, as Vietnamese text pasted from the web is often decomposed.
 */

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One run's text: NFC, no forbidden characters, tabs as spaces (the body has no tab stops). */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(XML_FORBIDDEN, '').replace(/\t/g, ' ');
}

/** A one-line field: cleaned, line breaks and runs of spaces collapsed, trimmed. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** Vietnamese capitals ("Ban Thường trực" → "BAN THƯỜNG TRỰC"), for lines the layout prints in capitals. */
export function capitals(value: string): string {
  return cleanLine(value).toLocaleUpperCase('vi-VN');
}
