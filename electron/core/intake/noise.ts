/**
 * Lines of a web page or a Word file that are not the report: datelines, photo captions, the
 * author's byline, "Print", "QR Code", view counters, the signature block.
 */
import { fold as foldForSearch } from './fold';
import type { Paragraph } from './segments';

const CHROME = /^(print|in bai|tien ich|nguon tin|qr code|chung toi tren|ma qr|tin khac|tin lien quan|chia se|binh luan|xem them|audio|video|tag|tu khoa|bai viet lien quan|trang chu|goc|ban in)\b/;

export function isCaption(text: string): boolean {
  if (/(^|\s)Ảnh\s*:/u.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words <= 8 && /^(quang cảnh|toàn cảnh|các đại biểu|đại biểu|lãnh đạo)(?![\p{L}\d])/iu.test(text) && /\.$/.test(text);
}

/** A byline or a signature: a short line of capitalised words without a sentence's end. */
export function isByline(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}]/u.test(w)) && !/[.:;,]$/.test(text.trim()) && text.length <= 40;
}

const noiseOf = new WeakMap<Paragraph, boolean>();

/** Asked of every paragraph by several readers: answered once per paragraph. */
export function isNoise(paragraph: Paragraph): boolean {
  let noise = noiseOf.get(paragraph);
  if (noise === undefined) {
    noise = readNoise(paragraph);
    noiseOf.set(paragraph, noise);
  }
  return noise;
}

function readNoise(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  const folded = foldForSearch(text);
  if (CHROME.test(folded)) return true;
  if (/luot xem$|^\d[\d.,]*\s+luot xem/.test(folded)) return true;
  // Datelines: "22:03 03/07/2024", "Thứ 2, 21/12/2020 | 18:11:53", "Cập nhật: 11/07/2025 09:42".
  if (text.length <= 60 && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(text) && !/[.!?]$/.test(text)) return true;
  if (/^(nơi nhận|tm\.|kt\.|tl\.|\(đã ký\)|\(ký|lưu:|- lưu|- như thành phần)/iu.test(text) && text.length <= 60) return true;
  // Signature titles and headings in capitals: "THƯ KÝ", "CHỦ TRÌ", "II. THÀNH PHẦN".
  if (text.length <= 60 && text === text.toLocaleUpperCase('vi') && /\p{Lu}{2}/u.test(text)) return true;
  if (/^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc)$/u.test(text)) return true;
  return false;
}
