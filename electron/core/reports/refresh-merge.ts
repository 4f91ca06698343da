import type { BlockNode, RichDoc } from '../../../shared/rich-text';
import { rt } from '../../../shared/rich-text';
import { normaliseEditorJson } from '../../../shared/rich-text-normalise';
import { canonicalJson } from '../services/documents-hash';
import type { CompiledBody } from './body';
import { BLANK_MARK } from './prose';

/**
 * "Cập nhật số liệu" on a draft: new figures, and the user's own writing kept where it was.
 *
 * The body of the previous compilation is regenerated from the figures and template it was made
 * with (compileBody is pure), so every block the user did not write is known exactly. Walking the
 * current body section by section (sections are found by their generated headings), any block
 * that is not one of those generated blocks is the user's: it is carried into the same section of
 * the new body, in place of that section's guided blank. The whole previous text is also kept as
 * a version before this runs, so nothing is lost even when a heading was edited beyond recognition.
 */

export interface MergeResult {
  body: RichDoc;
  /** Blocks of the user's carried over. */
  keptBlocks: number;
  /** True when the previous body's sections could not be recognised: the new body replaced it. */
  replacedWhole: boolean;
}

/**
 * A block as it reads once stored: the editor stores every block without its default attributes
 * (a heading's `textAlign: null`), so what is generated here is compared in the same form — or no
 * heading of a saved draft would be recognised and the user's writing would be replaced.
 */
function blockKey(block: BlockNode): string {
  return canonicalJson(normaliseEditorJson({ type: 'doc', content: [block] }).content);
}

type Segment = string; // 'intro', a section id, or 'closing'

function isBlank(block: BlockNode): boolean {
  return block.type === 'paragraph' && (block.content ?? []).some((node) => node.type === 'text' && node.text.startsWith(BLANK_MARK));
}

interface Structure {
  /** Canonical heading → the section it opens. */
  headings: Map<string, Segment>;
  /** Headings of the parts (Phần thứ nhất, I., II.…): boundaries that open no section. */
  partHeadings: Set<string>;
  closing: string;
  generated: Map<Segment, Set<string>>;
}

function structureOf(compiled: CompiledBody): Structure {
  const headings = new Map<string, Segment>();
  const generated = new Map<Segment, Set<string>>();
  for (const section of compiled.sections) {
    headings.set(blockKey(section.heading), section.id);
    generated.set(section.id, new Set(section.content.map((block) => blockKey(block))));
  }
  const blocks = compiled.body.content;
  const last = blocks.at(-1);
  const closing = last ? blockKey(last) : '';
  const firstHeading = blocks.findIndex((block) => block.type === 'heading');
  const intro = firstHeading === -1 ? blocks.slice(0, -1) : blocks.slice(0, firstHeading);
  generated.set('intro', new Set(intro.map((block) => blockKey(block))));
  generated.set('closing', new Set());
  const partHeadings = new Set(
    blocks.filter((block) => block.type === 'heading' && !headings.has(blockKey(block))).map((block) => blockKey(block)),
  );
  return { headings, partHeadings, closing, generated };
}

/** The user's blocks in each segment of the current body; null when no section heading is found in it. */
function userBlocks(current: RichDoc, previous: Structure): Map<Segment, BlockNode[]> | null {
  const found = new Map<Segment, BlockNode[]>();
  let segment: Segment = 'intro';
  let recognised = 0;
  for (const block of current.content) {
    const key = blockKey(block);
    const opens = previous.headings.get(key);
    if (opens !== undefined) {
      segment = opens;
      recognised += 1;
      continue;
    }
    if (previous.partHeadings.has(key)) continue;
    if (key === previous.closing) {
      segment = 'closing';
      continue;
    }
    if (previous.generated.get(segment)?.has(key)) continue;
    // An empty paragraph the editor leaves behind is not writing.
    if (block.type === 'paragraph' && (block.content ?? []).length === 0) continue;
    found.set(segment, [...(found.get(segment) ?? []), block]);
  }
  return recognised === 0 && previous.headings.size > 0 ? null : found;
}

export function mergeRefresh(current: RichDoc, previous: CompiledBody, next: CompiledBody): MergeResult {
  const kept = userBlocks(current, structureOf(previous));
  if (kept === null) return { body: next.body, keptBlocks: 0, replacedWhole: true };
  const nextStructure = structureOf(next);
  const out: BlockNode[] = [];
  let keptBlocks = 0;
  const take = (segment: Segment): BlockNode[] => {
    const blocks = kept.get(segment) ?? [];
    kept.delete(segment);
    keptBlocks += blocks.length;
    return blocks;
  };
  const blocks = next.body.content;
  const firstHeading = blocks.findIndex((block) => block.type === 'heading');
  const introEnd = firstHeading === -1 ? blocks.length - 1 : firstHeading;
  out.push(...blocks.slice(0, introEnd), ...take('intro'));
  let index = introEnd;
  while (index < blocks.length - 1) {
    const block = blocks[index]!;
    const sectionId = nextStructure.headings.get(blockKey(block));
    out.push(block);
    index += 1;
    if (sectionId === undefined) continue;
    const section = next.sections.find((s) => s.id === sectionId)!;
    const mine = take(sectionId);
    const content = section.content;
    const blank = content.findIndex(isBlank);
    if (mine.length === 0) out.push(...content);
    else if (blank === -1) out.push(...content, ...mine);
    else out.push(...content.slice(0, blank), ...mine, ...content.slice(blank + 1));
    index += content.length;
  }
  out.push(blocks[blocks.length - 1]!);
  // Writing in sections the template no longer has goes at the end, before nothing is lost.
  const orphans = [...kept.entries()].filter(([segment]) => segment !== 'closing').flatMap(([, b]) => b);
  const after = kept.get('closing') ?? [];
  keptBlocks += orphans.length + after.length;
  if (orphans.length > 0) out.splice(out.length - 1, 0, ...orphans);
  out.push(...after);
  return { body: rt.doc(out), keptBlocks, replacedWhole: false };
}
