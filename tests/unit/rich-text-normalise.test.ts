import { getSchema, type JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { normaliseEditorJson } from '../../shared/rich-text-normalise';
import { richTextExtensions } from '../../renderer/src/components/rich-text/extensions';
import { plainText, rt } from '../../shared/rich-text';
import { richDocSchema } from '../../shared/schemas/rich-text';

/** The editor's real schema: `doc.toJSON()` is exactly what `editor.getJSON()` returns. */
const schema = getSchema(richTextExtensions);
const asEditorJson = (json: JSONContent): JSONContent => schema.nodeFromJSON(json).toJSON() as JSONContent;

function expectAccepted(doc: unknown) {
  const result = richDocSchema.safeParse(doc);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
}

/** What TipTap 3 gives for a typical body: every attribute present, defaults included. */
const editorOutput: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { textAlign: null, level: 1 }, content: [{ type: 'text', text: 'BIÊN BẢN' }] },
    {
      type: 'paragraph',
      attrs: { textAlign: null, indent: 0 },
      content: [
        { type: 'text', text: 'Hội nghị ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'Ban Thường trực' },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'underline' }, { type: 'italic' }], text: 'Ủy ban MTTQ' },
      ],
    },
    { type: 'paragraph', attrs: { textAlign: 'center', indent: 2 } },
    {
      type: 'orderedList',
      attrs: { start: 1, type: 'a' },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', attrs: { textAlign: null, indent: 0 }, content: [{ type: 'text', text: 'Nghị quyết' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', attrs: { textAlign: null, indent: 0 }, content: [{ type: 'text', text: 'Kế hoạch' }] },
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [{ type: 'paragraph', attrs: { textAlign: null, indent: 0 } }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', attrs: { textAlign: 'justify', indent: 0 }, content: [{ type: 'text', text: 'Ba' }] }] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [{ type: 'paragraph', attrs: { textAlign: null, indent: 0 }, content: [{ type: 'text', text: 'STT' }] }] },
            { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: [240], align: null }, content: [{ type: 'paragraph', attrs: { textAlign: null, indent: 0 }, content: [{ type: 'text', text: 'Họ và tên' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { colspan: 2, rowspan: 1, colwidth: null, align: 'center' }, content: [{ type: 'paragraph', attrs: { textAlign: null, indent: 0 } }] },
          ],
        },
      ],
    },
    { type: 'paragraph', attrs: { textAlign: null, indent: 0 } },
  ],
};

describe('normaliseEditorJson', () => {
  it('turns what TipTap produces into the stored vocabulary, defaults left out', () => {
    const doc = normaliseEditorJson(editorOutput);
    expectAccepted(doc);
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'BIÊN BẢN' }] });
    expect(doc.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hội nghị ' },
        { type: 'text', text: 'Ban Thường trực', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        // Marks in a fixed order, so that equal documents give equal JSON.
        { type: 'text', text: 'Ủy ban MTTQ', marks: [{ type: 'italic' }, { type: 'underline' }] },
      ],
    });
    // An empty paragraph keeps its attributes and has no `content`.
    expect(doc.content[2]).toEqual({ type: 'paragraph', attrs: { textAlign: 'center', indent: 2 } });
    expect(doc.content[3]).toMatchObject({ type: 'orderedList', attrs: { start: 1, type: 'a' } });
    expect(doc.content[3]).toMatchObject({
      content: [{}, { content: [{}, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] }],
    });
    expect(doc.content[4]).toMatchObject({ type: 'orderedList', attrs: { start: 3, type: null } });
    expect(doc.content[5]).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'STT' }] }] },
            { type: 'tableHeader', attrs: { colwidth: [240] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Họ và tên' }] }] },
          ],
        },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [{ type: 'paragraph' }] }] },
      ],
    });
    expect(doc.content[6]).toEqual({ type: 'paragraph' });
  });

  it('is what the editor schema produces, and loads back into it unchanged', () => {
    const fromEditor = normaliseEditorJson(asEditorJson(editorOutput));
    expect(fromEditor).toEqual(normaliseEditorJson(editorOutput));
    // Idempotent, and valid for the editor (a list item opens with a paragraph, cells have blocks).
    expect(normaliseEditorJson(fromEditor)).toEqual(fromEditor);
    expect(() => schema.nodeFromJSON(fromEditor).check()).not.toThrow();
    expect(normaliseEditorJson(asEditorJson(fromEditor))).toEqual(fromEditor);
  });

  it('keeps documents written with the shared builders as they are', () => {
    const built = rt.doc([
      rt.heading(2, 'I. TÌNH HÌNH'),
      rt.paragraph([rt.text('Đồng chí ', 'bold'), rt.text('Chủ tịch')]),
      rt.orderedList([[rt.paragraph('Một')], [rt.paragraph('Hai')]], 'a'),
      rt.bulletList([[rt.paragraph('Gạch đầu dòng')]]),
    ]);
    const doc = normaliseEditorJson(asEditorJson(built as JSONContent));
    expectAccepted(doc);
    expect(plainText(doc)).toBe(plainText(built));
    expect(doc.content[2]).toEqual(built.content[2]);
    expect(doc.content[3]).toEqual(built.content[3]);
  });

  it('drops unsupported marks and unwraps unsupported nodes, keeping their text', () => {
    const doc = normaliseEditorJson({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Gạch ', marks: [{ type: 'strike' }] },
            { type: 'text', text: 'mã ', marks: [{ type: 'code' }] },
            { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://example.vn' } }, { type: 'bold' }] },
            { type: 'text', text: '', marks: [] },
          ],
        },
        { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'dòng 1\ndòng 2' }] },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trích dẫn', marks: [{ type: 'highlight' }] }] }],
        },
        { type: 'horizontalRule' },
        { type: 'heading', attrs: { level: 5, textAlign: 'start' }, content: [{ type: 'text', text: 'Mục' }] },
        { type: 'orderedList', attrs: { start: 1, type: 'i' }, content: [{ type: 'listItem', content: [] }] },
        { type: 'bulletList', content: [] },
        { type: 'table', content: [{ type: 'tableRow', content: [] }] },
        { type: 'text', text: 'Chữ rời' },
      ],
    });
    expectAccepted(doc);
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Gạch mã ' },
          { type: 'text', text: 'liên kết', marks: [{ type: 'bold' }] },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'dòng 1' }, { type: 'hardBreak' }, { type: 'text', text: 'dòng 2' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Trích dẫn' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Mục' }] },
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Chữ rời' }] },
    ]);
  });

  it('stores text in NFC and bounds the numeric attributes', () => {
    const nfd = 'Nghị quyết'.normalize('NFD');
    const doc = normaliseEditorJson({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { indent: 9, textAlign: 'justify' }, content: [{ type: 'text', text: nfd }] },
        { type: 'orderedList', attrs: { start: -4, type: 'A' }, content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 2 } }] }] },
      ],
    });
    expectAccepted(doc);
    expect(doc.content[0]).toEqual({ type: 'paragraph', attrs: { textAlign: 'justify', indent: 4 }, content: [{ type: 'text', text: 'Nghị quyết' }] });
    // A list item must open with a paragraph in the editor.
    expect(doc.content[1]).toEqual({
      type: 'orderedList',
      attrs: { start: 0, type: 'a' },
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'heading', attrs: { level: 2 } }] }],
    });
  });

  it('gives an empty document one empty paragraph', () => {
    expect(normaliseEditorJson({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(normaliseEditorJson({ type: 'doc' })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expectAccepted(normaliseEditorJson({ type: 'doc', content: [{ type: 'horizontalRule' }] }));
  });
});
