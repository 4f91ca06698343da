import type { Person } from '../../../shared/schemas/directory';
import { AppError } from '../errors';

/** "Chủ tịch, Hội Nông dân tỉnh" — what tells a person apart in a sentence. */
function whoIs(person: Person): string {
  const known = [person.title, person.organisationName].filter(Boolean).join(', ') || 'chưa ghi chức vụ, đơn vị';
  return person.active ? known : `${known}, đã ngừng sử dụng`;
}

/** The most namesakes one sentence names; the dialog lists them all. */
const NAMED = 3;

/**
 * Not an error but a question: the directory has someone who may be this person. The message
 * names them; the renderer asks "Vẫn thêm?" (or "Vẫn lưu?") and offers to open them.
 */
export function possibleDuplicate(matches: readonly Person[]): AppError {
  const [first] = matches as [Person, ...Person[]];
  const message =
    matches.length === 1
      ? `Đã có người tên ${first.fullName} (${whoIs(first)}) trong danh bạ.`
      : `Đã có ${matches.length} người tên ${first.fullName} trong danh bạ: ` +
        `${matches.slice(0, NAMED).map((p) => `${p.fullName} (${whoIs(p)})`).join('; ')}${matches.length > NAMED ? '; …' : ''}.`;
  return new AppError('PERSON_DUPLICATE', message, { details: { kind: 'people', people: [...matches] } });
}
