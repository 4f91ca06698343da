import { DOCUMENT_KIND, DOCUMENT_TYPE_NAME } from '../../../shared/domain';
import type { DocumentRecord } from '../../../shared/schemas/document';
import { foldForSearch } from '../../../shared/text';

const MAX_LENGTH = 80;
const EXTENSION = '.docx';

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;

/** Plain ASCII without tone marks (đ → d), for file names that survive every zip tool and e-mail client. */
export function ascii(text: string): string {
  return foldForSearch(text.replace(ILLEGAL, ' ')).replace(/[^\x20-\x7E]/g, '').replace(/\s+/g, ' ').trim();
}

/** Cut at a word boundary so the name does not end inside a word. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

/**
 * The name offered in the save dialog: "2026-01-05 Bien ban hoi nghi tong ket.docx" — the
 * document's date first so files sort by date, then the type and the summary folded to ASCII
 * with a capital first letter; at most 80 characters; never characters Windows forbids, nor a
 * trailing dot or space.
 */
export function defaultExportFileName(doc: DocumentRecord): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(doc.documentDate)?.[0] ?? '';
  const typeName = DOCUMENT_TYPE_NAME[doc.kind] ?? DOCUMENT_KIND.labels[doc.kind];
  const kind = ascii(typeName);
  let summary = ascii(doc.summary).replace(/^v\/?v\b\s*/, '');
  // "Biên bản" + "Biên bản hội nghị…" would say it twice.
  if (summary.startsWith(`${kind} `) || summary === kind) summary = summary.slice(kind.length).trim();
  const words = [kind, summary].filter((part) => part !== '').join(' ');
  const titled = words.charAt(0).toUpperCase() + words.slice(1);
  const room = MAX_LENGTH - EXTENSION.length - (date ? date.length + 1 : 0);
  const stem = [date, shorten(titled, room)].filter((part) => part !== '').join(' ').replace(/[. ]+$/, '');
  return `${stem || 'Van ban'}${EXTENSION}`;
}
