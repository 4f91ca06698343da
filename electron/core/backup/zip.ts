import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * The "whole data" file for moving to a new PC is a plain ZIP (yazl writes it, yauzl reads it; both
 * stream, so gigabytes of attachments never sit in memory). Entries are stored, not compressed: the
 * database compresses little and PDFs and scans not at all, and storing keeps export and import fast.
 */

export interface ZipInput {
  name: string;
  file?: string;
  data?: Buffer;
}

export async function writeZip(target: string, inputs: ZipInput[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const input of inputs) {
    if (input.file) zip.addFile(input.file, input.name, { compress: false });
    else if (input.data) zip.addBuffer(input.data, input.name, { compress: false });
  }
  zip.end();
  const output = fs.createWriteStream(target, { flags: 'wx' });
  await pipeline(zip.outputStream as Readable, output);
}

export interface ZipReader {
  names(): string[];
  size(name: string): number | undefined;
  readText(name: string, maxBytes: number): Promise<string>;
  extract(name: string, target: string): Promise<void>;
  close(): void;
}

/** Opens a ZIP and reads its directory; throws yauzl's error for a truncated or non-ZIP file. */
export function openZip(file: string): Promise<ZipReader> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.once('error', reject);
      zip.once('end', () => {
        const open = (name: string) =>
          new Promise<Readable>((ok, fail) => {
            const entry = entries.get(name);
            if (!entry) return fail(Object.assign(new Error(`missing ${name}`), { code: 'ZIP_MISSING' }));
            zip.openReadStream(entry, (streamError, stream) => (streamError || !stream ? fail(streamError) : ok(stream)));
          });
        resolve({
          names: () => [...entries.keys()],
          size: (name) => entries.get(name)?.uncompressedSize,
          async readText(name, maxBytes) {
            const entry = entries.get(name);
            if (entry && entry.uncompressedSize > maxBytes) throw Object.assign(new Error('too big'), { code: 'ZIP_TOO_BIG' });
            const chunks: Buffer[] = [];
            for await (const chunk of await open(name)) chunks.push(chunk as Buffer);
            return Buffer.concat(chunks).toString('utf8');
          },
          async extract(name, target) {
            await pipeline(await open(name), fs.createWriteStream(target, { flags: 'wx' }));
          },
          close: () => zip.close(),
        });
      });
      zip.readEntry();
    });
  });
}
