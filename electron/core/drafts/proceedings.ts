import { AWARD_FORM, SPEECH_KIND, type SpeechKind } from '../../../shared/domain';
import { rt, type BlockNode } from '../../../shared/rich-text';
import type { Meeting, MeetingAgendaItem, MeetingAward, MeetingConclusion, MeetingSpeech } from '../../../shared/schemas/meeting';
import { foldForSearch } from '../../../shared/text';
import { asSentence, bulletLines, count2, lowerFirst, nameWithTitle, paragraph, paragraphsOf, punctuateList, withoutEndPunctuation } from './phrases';

/** What happened at the meeting, item by item, as the minutes record it. */

const SPEECH_VERB: Record<SpeechKind, string> = {
  bao_cao: 'trình bày báo cáo',
  tham_luan: 'trình bày tham luận',
  phat_bieu: 'phát biểu',
  chi_dao: 'phát biểu chỉ đạo',
};

/** "Đồng chí A, Chủ tịch … phát biểu: <first line>", then one paragraph per further line. */
export function speechBlocks(speech: MeetingSpeech): BlockNode[] {
  const lead =
    speech.speakerName === ''
      ? SPEECH_KIND.labels[speech.kind]
      : `Đồng chí ${nameWithTitle({ fullName: speech.speakerName, title: speech.speakerTitle })} ${SPEECH_VERB[speech.kind]}`;
  const [first, ...rest] = paragraphsOf(speech.summary);
  if (!first) return [paragraph(`${lead}.`)];
  return [paragraph(`${lead}: `, ...(first.content ?? [])), ...rest];
}

function agendaItemTitle(item: MeetingAgendaItem, index: number): string {
  return withoutEndPunctuation(item.title) || `Nội dung thứ ${index + 1}`;
}

/** The agenda as announced: one line per item. */
export function agendaLines(meeting: Pick<Meeting, 'agenda'>): string[] {
  return meeting.agenda.map(agendaItemTitle);
}

/**
 * Each agenda item in order: its title in bold, who presented it (unless a speech by the same
 * person follows and says so already), then its reports and speeches. The awards go under the
 * item at which they were handed out, after who announced them.
 */
export function proceedingsBlocks(meeting: Pick<Meeting, 'agenda' | 'awards'>): BlockNode[] {
  const awardsAt = awardsItemIndex(meeting.agenda);
  return meeting.agenda.flatMap((item, index) => {
    const blocks: BlockNode[] = [paragraph(rt.text(`${index + 1}. ${agendaItemTitle(item, index)}`, 'bold'))];
    const presenter = withoutEndPunctuation(item.presenter);
    const presenterSpeaks = item.speeches.some(
      (s) => s.speakerName !== '' && foldForSearch(presenter).includes(foldForSearch(s.speakerName)),
    );
    const awards = index === awardsAt ? awardsBlocks(meeting.awards) : [];
    if (presenter !== '' && !presenterSpeaks) {
      blocks.push(paragraph(`${awards.length > 0 ? 'Công bố quyết định khen thưởng' : 'Trình bày'}: ${presenter}.`));
    }
    for (const speech of item.speeches) blocks.push(...speechBlocks(speech));
    blocks.push(...awards);
    return blocks;
  });
}

/** A recipient that says itself who it is: "Các tập thể …", "Những cá nhân …", "Ông …", "Tập thể …". */
const SELF_DESCRIBED = /^(các|những|tập thể|cá nhân|ông|bà|anh|chị|em|cháu|cụ|đồng chí|gia đình|hộ gia đình)(?![\p{L}\d])/iu;

/** One recipient inside the sentence: "tập thể Ủy ban MTTQ xã Tân Lập", "đồng chí Nguyễn Văn An", "các tập thể …". */
function oneRecipient(recipient: string, individual: boolean): string {
  if (/^\d/.test(recipient)) return recipient;
  if (SELF_DESCRIBED.test(recipient)) return lowerFirst(recipient);
  return `${individual ? 'đồng chí' : 'tập thể'} ${recipient}`;
}

/**
 * Who an award goes to, for every way a recipient is typed: one collective ("tập thể Ủy ban MTTQ
 * xã Tân Lập"), one person ("đồng chí Nguyễn Văn An"), a count ("07 tập thể có thành tích …"),
 * a plural ("các tập thể …"), an honorific ("ông …") or the kind word itself ("Tập thể Ban …"),
 * and a list separated by ";" ("02 tập thể: Ủy ban MTTQ phường A, Ủy ban MTTQ phường B").
 */
export function awardRecipient(award: Pick<MeetingAward, 'recipient' | 'recipientKind'>): string {
  const individual = award.recipientKind === 'ca_nhan';
  const recipient = withoutEndPunctuation(award.recipient.trim());
  const parts = recipient.split(/\s*;\s*/u).map(withoutEndPunctuation).filter((part) => part !== '');
  // A count or a plural heads its own list: "07 tập thể: …", "Các tập thể: A; B".
  if (parts.length <= 1 || /^\d/.test(recipient) || /^(các|những)(?![\p{L}\d])/iu.test(recipient)) return oneRecipient(recipient, individual);
  const named = parts.map((part) => (SELF_DESCRIBED.test(part) ? lowerFirst(part) : part));
  // Names with commas inside ("Ban Công tác Mặt trận khu dân cư số 5, phường …") are kept apart by ";".
  const joined = named.join(named.some((part) => part.includes(',')) ? '; ' : ', ');
  return `${count2(parts.length)} ${individual ? 'cá nhân' : 'tập thể'}: ${joined}`;
}

/** "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng tập thể Ủy ban MTTQ xã Tân Lập" */
export function awardLine(award: MeetingAward): string {
  const form = award.form === 'khac' ? award.formOther || AWARD_FORM.labels.khac : AWARD_FORM.labels[award.form];
  const issuer = withoutEndPunctuation(award.issuer);
  return `${form}${issuer === '' ? '' : ` của ${issuer}`} tặng ${awardRecipient(award)}`;
}

/** The awards as the minutes list them: one line each, under a sentence that announces them. */
export function awardsBlocks(awards: readonly MeetingAward[]): BlockNode[] {
  const given = awards.filter((award) => award.recipient.trim() !== '');
  if (given.length === 0) return [];
  return [paragraph('Hội nghị đã trao tặng các hình thức khen thưởng sau:'), ...bulletLines(punctuateList(given.map(awardLine)))];
}

const AWARD_ITEM_WORDS = ['khen thuong', 'trao tang', 'trao bang khen', 'trao co', 'trao giay khen', 'trao huan chuong', 'trao ky niem chuong', 'vinh danh', 'bieu duong', 'ton vinh'];

/** The agenda item at which the awards were handed out ("Trao khen thưởng cho các tập thể …"), or -1. */
export function awardsItemIndex(agenda: readonly MeetingAgendaItem[]): number {
  return agenda.findIndex((item) => AWARD_ITEM_WORDS.some((words) => foldForSearch(item.title).includes(words)));
}

/**
 * The conclusions as numbered items, one paragraph per typed line; blank conclusions are left
 * out. `followUp` adds sentences to the end of a conclusion (the notice: who leads it, by when).
 */
export function conclusionItems(
  meeting: Pick<Meeting, 'conclusions'>,
  followUp: (conclusion: MeetingConclusion) => string[] = () => [],
): BlockNode[][] {
  return meeting.conclusions
    .filter((c) => c.content.trim() !== '')
    .map((conclusion) => {
      const lines = conclusion.content.trim().split('\n').filter((line) => line.trim() !== '');
      const last = [asSentence(lines[lines.length - 1]!), ...followUp(conclusion)].join(' ');
      lines[lines.length - 1] = last;
      return paragraphsOf(lines.join('\n'));
    });
}
