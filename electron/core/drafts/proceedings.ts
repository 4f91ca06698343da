import { AWARD_FORM, SPEECH_KIND, type SpeechKind } from '../../../shared/domain';
import { rt, type BlockNode } from '../../../shared/rich-text';
import type { Meeting, MeetingAgendaItem, MeetingAward, MeetingSpeech } from '../../../shared/schemas/meeting';
import { foldForSearch } from '../../../shared/text';
import { asSentence, nameWithTitle, paragraph, paragraphsOf, withoutEndPunctuation } from './phrases';

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
 * person follows and says so already), then its reports and speeches.
 */
export function proceedingsBlocks(meeting: Pick<Meeting, 'agenda'>): BlockNode[] {
  return meeting.agenda.flatMap((item, index) => {
    const blocks: BlockNode[] = [paragraph(rt.text(`${index + 1}. ${agendaItemTitle(item, index)}`, 'bold'))];
    const presenter = withoutEndPunctuation(item.presenter);
    const presenterSpeaks = item.speeches.some(
      (s) => s.speakerName !== '' && foldForSearch(presenter).includes(foldForSearch(s.speakerName)),
    );
    if (presenter !== '' && !presenterSpeaks) blocks.push(paragraph(`Trình bày: ${presenter}.`));
    for (const speech of item.speeches) blocks.push(...speechBlocks(speech));
    return blocks;
  });
}

/** "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng tập thể Ủy ban MTTQ xã Tân Lập" */
export function awardLine(award: MeetingAward): string {
  const form = award.form === 'khac' ? award.formOther || AWARD_FORM.labels.khac : AWARD_FORM.labels[award.form];
  const issuer = withoutEndPunctuation(award.issuer);
  const kindWord = award.recipientKind === 'tap_the' ? 'tập thể' : 'cá nhân';
  const recipient = withoutEndPunctuation(award.recipient);
  // "tặng tập thể Tập thể …" would read badly when the recipient already says it.
  const said = foldForSearch(recipient).startsWith(foldForSearch(kindWord));
  return `${form}${issuer === '' ? '' : ` của ${issuer}`} tặng ${said ? '' : `${kindWord} `}${recipient}`;
}

/** The conclusions as numbered items, one paragraph per typed line; blank conclusions are left out. */
export function conclusionItems(meeting: Pick<Meeting, 'conclusions'>): BlockNode[][] {
  return meeting.conclusions
    .map((c) => c.content.trim())
    .filter((content) => content !== '')
    .map((content) => {
      const lines = content.split('\n').filter((line) => line.trim() !== '');
      lines[lines.length - 1] = asSentence(lines[lines.length - 1]!);
      return paragraphsOf(lines.join('\n'));
    });
}
