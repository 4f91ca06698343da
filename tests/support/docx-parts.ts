import JSZip from 'jszip';

/** The XML parts of an exported .docx that the tests read. */
export interface DocxParts {
  document: string;
  styles: string;
  numbering: string;
  settings: string;
  /** Header parts by type (default, first), found through the section's references. */
  headers: { default: string; first: string };
  files: string[];
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing part ${name}`);
    return file.async('string');
  };
  const document = await text('word/document.xml');
  const rels = await text('word/_rels/document.xml.rels');
  const headerOf = async (type: 'default' | 'first') => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(document)?.[1];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
    if (!target) throw new Error(`no ${type} header`);
    return text(`word/${target}`);
  };
  return {
    document,
    styles: await text('word/styles.xml'),
    numbering: await text('word/numbering.xml'),
    settings: await text('word/settings.xml'),
    headers: { default: await headerOf('default'), first: await headerOf('first') },
    files: Object.keys(zip.files),
  };
}

/** The visible text of each paragraph (w:p) of a part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  );
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphWithText(xml: string, text: string): string | undefined {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => paragraphTexts(p)[0] === text);
}

/** Top-level tables of the body, as XML strings (nested tables stay inside their parent). */
export function tables(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  const pattern = /<w:tbl>|<\/w:tbl>/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (match[0] === '<w:tbl>') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) out.push(xml.slice(start, match.index + match[0].length));
    }
  }
  return out;
}

export function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The style element with `styleId`. */
export function styleXml(styles: string, styleId: string): string | undefined {
  return new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
}
