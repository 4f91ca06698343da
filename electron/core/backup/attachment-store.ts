import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { Manifest } from './manifest';
import { storePath } from './manifest';

/**
 * Attachments are kept once per backup folder, named by their sha256 (a content-addressed store), so
 * a backup copies only the files that no earlier backup holds: the tenth backup of a folder of
 * 2 GB of scanned PDFs copies nothing but the database. Hard links would be cheaper still, but they
 * do not cross disks, and the second place is usually another disk or a USB stick (often FAT32, which
 * has none). Files in the store are written under a temporary name and renamed once their hash is
 * known, so a name in the store always matches its bytes.
 */

export interface AttachmentRef {
  directiveId: number;
  storedName: string;
  sha256: string;
  size: number;
}

type Entry = Manifest['attachments'][number];

function relativePath(ref: AttachmentRef): string {
  return `${ref.directiveId}/${ref.storedName}`;
}

function tempIn(folder: string): string {
  return path.join(folder, `.tam-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Copies into the store what is not there yet; answers the manifest's list. */
export async function storeAttachments(root: string, attachmentsDir: string, refs: AttachmentRef[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const ref of refs) {
    const rel = relativePath(ref);
    if (fs.existsSync(storePath(root, ref.sha256))) {
      entries.push({ path: rel, sha256: ref.sha256, bytes: ref.size });
      continue;
    }
    const source = path.join(attachmentsDir, String(ref.directiveId), ref.storedName);
    if (!fs.existsSync(source)) {
      entries.push({ path: rel, sha256: ref.sha256, bytes: ref.size, missing: true });
      continue;
    }
    const folder = path.dirname(storePath(root, ref.sha256));
    await fs.promises.mkdir(folder, { recursive: true });
    const temp = tempIn(folder);
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      await pipeline(
        fs.createReadStream(source),
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
          },
        }),
        fs.createWriteStream(temp, { flags: 'wx' }),
      );
      const actual = hash.digest('hex');
      await fsyncPath(temp);
      const target = storePath(root, actual);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(temp, target);
      entries.push({ path: rel, sha256: actual, bytes });
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }
  return entries;
}

/** The same, on the calling thread (start-up only). */
export function storeAttachmentsSync(root: string, attachmentsDir: string, refs: AttachmentRef[]): Entry[] {
  const entries: Entry[] = [];
  for (const ref of refs) {
    const rel = relativePath(ref);
    if (fs.existsSync(storePath(root, ref.sha256))) {
      entries.push({ path: rel, sha256: ref.sha256, bytes: ref.size });
      continue;
    }
    const source = path.join(attachmentsDir, String(ref.directiveId), ref.storedName);
    if (!fs.existsSync(source)) {
      entries.push({ path: rel, sha256: ref.sha256, bytes: ref.size, missing: true });
      continue;
    }
    const folder = path.dirname(storePath(root, ref.sha256));
    fs.mkdirSync(folder, { recursive: true });
    const temp = tempIn(folder);
    try {
      fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
      const { sha256, bytes } = hashFileSync(temp);
      const target = storePath(root, sha256);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(temp, target);
      entries.push({ path: rel, sha256, bytes });
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
  }
  return entries;
}

export function hashFileSync(file: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      bytes += read;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes };
}

export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function fsyncPath(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes store files no manifest names any more (after old backups were rotated out). */
export function collectGarbage(root: string, stillNamed: Set<string>): number {
  const store = path.join(root, 'tep-dinh-kem');
  if (!fs.existsSync(store)) return 0;
  let removed = 0;
  for (const prefix of fs.readdirSync(store)) {
    const folder = path.join(store, prefix);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const name of fs.readdirSync(folder)) {
      if (stillNamed.has(name)) continue;
      fs.rmSync(path.join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
