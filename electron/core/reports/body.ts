import { nextPeriodLabel, reportKindOf } from '../../../shared/report-periods';
import { plainText, rt, type BlockNode, type RichDoc } from '../../../shared/rich-text';
import {
  REPORT_BLOCK_LABELS,
  REPORT_BLOCKS,
  type ReportFigures,
  type ReportPart,
  type ReportSection,
  type ReportTemplate,
  type SentenceFact,
} from '../../../shared/schemas/report';
import { foldForSearch } from '../../../shared/text';
import { isEmptyPeriod } from './figures';
import { count, countBlanks, day, guidedBlank, listed, paragraph, withoutEndMark } from './prose';
import { BLOCK_WRITERS, blockHasData, meetingsOfKinds, quoted, type BlockContext } from './report-blocks';

/**
 * The report body in the editor's vocabulary (shared/rich-text.ts), written from the figures and
 * the committee's template. Pure: the same figures, template and committee give the same body,
 * which is what lets "Cập nhật số liệu" tell the user's writing from what was generated.
 */

export interface BodySource {
  figures: ReportFigures;
  template: ReportTemplate;
  /** "Ủy ban MTTQ Việt Nam thành phố Hải Phòng". */
  committeeName: string;
}

export interface CompiledBody {
  body: RichDoc;
  /** One group of blocks per template section, in order: what a refresh compares against. */
  sections: Array<{ id: string; heading: BlockNode; content: BlockNode[] }>;
  warnings: string[];
  blanks: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const LEAD: Record<ReturnType<typeof reportKindOf>, string> = { tong_ket: 'tổng kết', so_ket: 'sơ kết', ket_qua: 'kết quả' };

/** Which section each quoted figure goes to: the first whose keyword the sentence contains. */
function routeFigures(figures: ReportFigures, sections: readonly ReportSection[]) {
  const bySection = new Map<string, SentenceFact[]>();
  const leftover: SentenceFact[] = [];
  const keyed = sections.map((s) => ({ id: s.id, words: s.keywords.map((word) => foldForSearch(word)).filter((w) => w !== '') }));
  for (const sentence of figures.quotedFigures) {
    const folded = foldForSearch(sentence.text);
    const home = keyed.find((s) => s.words.some((word) => folded.includes(word)));
    if (home) bySection.set(home.id, [...(bySection.get(home.id) ?? []), sentence]);
    else leftover.push(sentence);
  }
  return { bySection, leftover };
}

function heading(level: 2 | 3, text: string): BlockNode {
  return rt.heading(level, text);
}

function partHeading(first: string, second: string): BlockNode {
  return { type: 'heading', attrs: { level: 1, textAlign: 'center' }, content: [rt.text(first), { type: 'hardBreak' }, rt.text(second)] };
}

function intro(source: BodySource): BlockNode[] {
  const { figures, committeeName } = source;
  const { period } = figures;
  const lead = LEAD[reportKindOf(period.kind)];
  const programme = period.year === null ? '' : `Thực hiện Chương trình công tác năm ${period.year}, `;
  const subject = `Ban Thường trực ${committeeName.trim() || 'Ủy ban MTTQ Việt Nam'}`;
  const span = period.kind === 'tuy_chon' ? '' : ` (từ ngày ${day(period.start)} đến ngày ${day(period.end)})`;
  const opening = `${programme}${subject} báo cáo ${lead} công tác Mặt trận ${period.label}${span}, phương hướng, nhiệm vụ ${nextPeriodLabel(period)} như sau:`;
  const out: BlockNode[] = [paragraph(opening.charAt(0).toLocaleUpperCase('vi') + opening.slice(1))];
  if (figures.timing === 'ongoing') out.push(paragraph(`Kỳ báo cáo chưa kết thúc; số liệu trong báo cáo tính đến ngày ${day(figures.countedTo)}.`));
  if (isEmptyPeriod(figures)) {
    out.push(
      paragraph(
        `Trong ${period.label}, hồ sơ của Ban Thường trực chưa ghi nhận hội nghị, văn bản chỉ đạo hay nhiệm vụ nào; các số liệu tổng hợp dưới đây đều bằng 0. Nội dung từng mặt công tác cần được bổ sung.`,
      ),
    );
  }
  return out;
}

function closing(source: BodySource): BlockNode {
  const { period } = source.figures;
  const committee = source.committeeName.trim() || 'Ủy ban MTTQ Việt Nam';
  return paragraph(
    `Trên đây là báo cáo ${LEAD[reportKindOf(period.kind)]} công tác Mặt trận ${period.label}, phương hướng, nhiệm vụ ${nextPeriodLabel(period)} của Ban Thường trực ${committee}./.`,
  );
}

function sectionContent(section: ReportSection, context: BlockContext, routed: ReturnType<typeof routeFigures>): BlockNode[] {
  const out: BlockNode[] = [];
  if (section.meetingKinds.length > 0) out.push(...meetingsOfKinds(context.figures, section.meetingKinds));
  for (const block of section.blocks) {
    out.push(...BLOCK_WRITERS[block](context));
    if (block === 'so_lieu_khac' && routed.leftover.length > 0) {
      out.push(paragraph('Số liệu nêu tại các hội nghị trong kỳ:'));
      out.push(...listed(routed.leftover, quoted, (rest) => `… và ${count(rest)} ý kiến khác (danh sách đầy đủ tại Phụ lục).`));
    }
  }
  const mine = routed.bySection.get(section.id) ?? [];
  if (mine.length > 0) {
    out.push(paragraph('Số liệu nêu tại các hội nghị trong kỳ:'));
    out.push(...listed(mine, quoted, (rest) => `… và ${count(rest)} ý kiến khác (danh sách đầy đủ tại Phụ lục).`));
  }
  if (section.guide.trim() !== '') out.push(guidedBlank(section.guide));
  return out;
}

/** What the template lost: automatic content with data that no section carries any more. */
function templateWarnings(source: BodySource, leftover: number): string[] {
  const present = new Set(source.template.sections.flatMap((s) => s.blocks));
  const warnings: string[] = [];
  for (const block of REPORT_BLOCKS) {
    if (present.has(block) || !blockHasData(block, source.figures, leftover)) continue;
    warnings.push(
      `Mẫu báo cáo không còn mục chứa “${REPORT_BLOCK_LABELS[block]}”, nên nội dung này không được đưa vào báo cáo (vẫn có trong thẻ Số liệu và phụ lục Excel). Muốn đưa vào, hãy thêm lại nội dung đó cho một mục của mẫu.`,
    );
  }
  return warnings;
}

function recordWarnings(figures: ReportFigures): string[] {
  const warnings: string[] = [];
  if (figures.timing === 'ongoing') warnings.push(`Kỳ báo cáo chưa kết thúc: số liệu tính đến ngày ${day(figures.countedTo)}. Có thể bấm “Cập nhật số liệu” khi hết kỳ.`);
  if (isEmptyPeriod(figures)) {
    warnings.push(`Trong ${figures.period.label} chưa có hồ sơ nào (hội nghị, văn bản chỉ đạo, nhiệm vụ). Báo cáo được tạo với các số liệu bằng 0 để bổ sung nội dung.`);
  }
  if (figures.meetings.notMarkedHeld.value > 0) {
    warnings.push(
      `${count(figures.meetings.notMarkedHeld.value)} hội nghị đã qua ngày họp nhưng vẫn ở trạng thái “Dự kiến” nên chưa được tính là đã tổ chức. Hãy cập nhật trạng thái các hội nghị đó rồi bấm “Cập nhật số liệu”.`,
    );
  }
  return warnings;
}

const PART_TITLES: Record<ReportPart, string> = { ket_qua: 'KẾT QUẢ THỰC HIỆN CÁC MẶT CÔNG TÁC', danh_gia: 'ĐÁNH GIÁ CHUNG', phuong_huong: '' };

/**
 * Phần thứ nhất (I. results by programme, II. overall assessment), Phần thứ hai (the way ahead),
 * each section numbered under its part; a part whose sections were all deleted is left out.
 */
export function compileBody(source: BodySource): CompiledBody {
  const { figures, template } = source;
  let tables = 0;
  const context: BlockContext = { figures, nextTableNumber: () => (tables += 1) };
  const routed = routeFigures(figures, template.sections);
  const sections: CompiledBody['sections'] = [];
  const blocks: BlockNode[] = [...intro(source)];

  const ofPart = (part: ReportPart) => template.sections.filter((s) => s.part === part);
  const partOne: ReportPart[] = ['ket_qua', 'danh_gia'].filter((p) => ofPart(p as ReportPart).length > 0) as ReportPart[];
  if (partOne.length > 0) {
    blocks.push(partHeading('Phần thứ nhất', `KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${figures.period.label.toLocaleUpperCase('vi')}`));
    partOne.forEach((part, partIndex) => {
      blocks.push(heading(2, `${ROMAN[partIndex]}. ${PART_TITLES[part]}`));
      ofPart(part).forEach((section, index) => {
        const head = heading(3, `${index + 1}. ${withoutEndMark(section.title)}`);
        const content = sectionContent(section, context, routed);
        sections.push({ id: section.id, heading: head, content });
        blocks.push(head, ...content);
      });
    });
  }
  const ahead = ofPart('phuong_huong');
  if (ahead.length > 0) {
    blocks.push(partHeading('Phần thứ hai', `PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextPeriodLabel(figures.period).toLocaleUpperCase('vi')}`));
    ahead.forEach((section, index) => {
      const head = heading(3, `${index + 1}. ${withoutEndMark(section.title)}`);
      const content = sectionContent(section, context, routed);
      sections.push({ id: section.id, heading: head, content });
      blocks.push(head, ...content);
    });
  }
  blocks.push(closing(source));
  const body = rt.doc(blocks);
  return {
    body,
    sections,
    warnings: [...recordWarnings(figures), ...templateWarnings(source, routed.leftover.length)],
    blanks: countBlanks(plainText(body)),
  };
}
