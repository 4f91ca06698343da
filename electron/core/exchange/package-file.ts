import { createHash } from 'node:crypto';
import type JSZip from 'jszip';
import { z } from 'zod';
import {
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  packageRecordsSchema,
  RECORD_PARTS,
  type PackageManifest,
  type PackagePart,
  type PackageRecords,
} from '../../../shared/schemas/exchange-package';
import { refuse } from './refusals';

/**
 * The .mttq file: a zip holding `manifest.json`, the records as JSON under `ban-ghi/`, and every
 * attached or issued file once under `tep/<sha256>`.
 *
 * Two layers of checking:
 * - the manifest lists every part with its sha256 and size (as edXML's header does), so a part
 *   changed, missing or added is caught;
 * - the whole file is sealed: the zip's comment, the very last bytes of the file, holds the sha256
 *   of every byte before it. A flipped byte anywhere (the manifest and the zip's own directory
 *   included) breaks the seal, and a file cut short loses it. The seal and the hashes catch damage
 *   and edits made with ordinary tools; they are not a signature — proving who made a package would
 *   need the committees' keys (edXML's XML signature), which these offline offices do not have.
 */

const MANIFEST = 'manifest.json';
const SEAL_PREFIX = 'MTTQ-SHA256:';
const SEAL_HEX = 64;
/** The zip comment sits at the end: the prefix, then 64 hex digits of the seal. */
const SEAL_LENGTH = SEAL_PREFIX.length + SEAL_HEX;
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;
const MAX_PART_BYTES = 200 * 1024 * 1024;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface PackageHeader {
  packageId: string;
  kind: PackageManifest['kind'];
  sender: PackageManifest['sender'];
  receivers: PackageManifest['receivers'];
  sequence: number;
  createdAt: string;
  app: PackageManifest['app'];
}

export interface PackageContent {
  header: PackageHeader;
  records: PackageRecords;
  /** Attached and issued files by their sha256. */
  files: ReadonlyMap<string, Uint8Array>;
}

export interface VerifiedPackage {
  manifest: PackageManifest;
  records: PackageRecords;
  files: ReadonlyMap<string, Uint8Array>;
  /** sha256 of the whole file, as sealed. */
  seal: string;
}

const encoder = new TextEncoder();

/** jszip is loaded the first time a package is written or read: the app and the CLI start without it. */
async function loadZip(): Promise<typeof JSZip> {
  return (await import('jszip')).default;
}

/** Builds the sealed bytes of a package. The caller writes them with writeFileSafely (temp + rename). */
export async function buildPackage(content: PackageContent): Promise<Uint8Array> {
  const ZipFile = await loadZip();
  const zip = new ZipFile();
  // Entries carry the package's time, not the clock's, so the same content makes the same file.
  const date = new Date(content.header.createdAt);
  const parts: PackagePart[] = [];
  const add = (path: string, bytes: Uint8Array) => {
    zip.file(path, bytes, { date, binary: true });
    parts.push({ path, sha256: sha256Hex(bytes), bytes: bytes.length });
  };
  for (const [key, path] of Object.entries(RECORD_PARTS) as Array<[keyof PackageRecords, string]>) {
    add(path, encoder.encode(JSON.stringify(content.records[key])));
  }
  for (const [hash, bytes] of [...content.files].sort(([a], [b]) => a.localeCompare(b))) {
    if (sha256Hex(bytes) !== hash) throw new Error('A package file is not stored under its own sha256.');
    add(`tep/${hash}`, bytes);
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...content.header,
    contents: {
      directives: content.records.directives.length,
      assignments: content.records.assignments.length,
      reports: content.records.reports.length,
      documents: content.records.documents.length,
      files: content.files.size,
    },
    parts,
    trace: [
      { code: content.header.sender.code, action: 'tao', at: content.header.createdAt },
      { code: content.header.sender.code, action: 'gui', at: content.header.createdAt },
    ],
  };
  zip.file(MANIFEST, JSON.stringify(manifest, null, 2), { date });
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    comment: SEAL_PREFIX + '0'.repeat(SEAL_HEX),
  });
  const sealAt = bytes.length - SEAL_HEX;
  bytes.set(encoder.encode(sha256Hex(bytes.subarray(0, sealAt))), sealAt);
  return bytes;
}

export interface ReadOptions {
  /** Shown in messages: the file's name as the user knows it. */
  fileName: string;
  /** The schema version of this app: a package from a newer one is refused. */
  schemaVersion: number;
}

function startsWithZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Whether the file ends with a complete zip directory record (its comment running exactly to the
 * last byte): a zip that does is whole but not ours, one that does not was cut short.
 */
function endsWithZipDirectory(bytes: Uint8Array): boolean {
  const EOCD = 22;
  for (let at = bytes.length - EOCD; at >= Math.max(0, bytes.length - EOCD - 0xffff); at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      const commentLength = bytes[at + 20]! | (bytes[at + 21]! << 8);
      if (at + EOCD + commentLength === bytes.length) return true;
    }
  }
  return false;
}

/** The seal at the end of the file, or null when the file does not end with one. */
function readSeal(bytes: Uint8Array): string | null {
  if (bytes.length < SEAL_LENGTH + 22) return null;
  const tail = new TextDecoder().decode(bytes.subarray(bytes.length - SEAL_LENGTH));
  if (!tail.startsWith(SEAL_PREFIX)) return null;
  const hex = tail.slice(SEAL_PREFIX.length);
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

const versionOnly = z.object({
  format: z.string(),
  formatVersion: z.number(),
  app: z.object({ version: z.string(), schemaVersion: z.number() }).partial().optional(),
});

/**
 * Reads and checks a package without touching any database: signature, seal, zip, manifest,
 * versions, every part's hash and size, every record. Throws a PackageRefusedError (with its
 * Vietnamese message) at the first problem. Who it is addressed to is checked by the caller,
 * which knows the committee's own code.
 */
export async function readPackage(bytes: Uint8Array, options: ReadOptions): Promise<VerifiedPackage> {
  const name = options.fileName;
  if (bytes.length > MAX_PACKAGE_BYTES) throw refuse.tooLarge(name, MAX_PACKAGE_BYTES / (1024 * 1024));
  if (!startsWithZipSignature(bytes)) throw refuse.notAPackage(name);
  const seal = readSeal(bytes);
  if (seal === null) throw endsWithZipDirectory(bytes) ? refuse.notAPackage(name) : refuse.truncated(name);
  if (sha256Hex(bytes.subarray(0, bytes.length - SEAL_HEX)) !== seal) throw refuse.altered(name);

  let zip: JSZip;
  try {
    zip = await (await loadZip()).loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw refuse.damaged(name, error);
  }
  const manifestEntry = zip.file(MANIFEST);
  if (!manifestEntry) throw refuse.notAPackage(name);
  let rawManifest: unknown;
  try {
    rawManifest = JSON.parse(await manifestEntry.async('string'));
  } catch (error) {
    throw refuse.damaged(name, error);
  }
  // The version first: a newer format may not match this app's schema, and saying "newer" is the useful answer.
  const head = versionOnly.safeParse(rawManifest);
  if (!head.success || head.data.format !== PACKAGE_FORMAT) throw refuse.notAPackage(name);
  if (head.data.formatVersion > PACKAGE_FORMAT_VERSION || (head.data.app?.schemaVersion ?? 0) > options.schemaVersion) {
    throw refuse.newerVersion(head.data.app?.version ?? 'không rõ');
  }
  const parsed = manifestSchema.safeParse(rawManifest);
  if (!parsed.success) throw refuse.damaged(name, parsed.error);
  const manifest = parsed.data;

  const listed = new Set(manifest.parts.map((part) => part.path));
  const unlisted = Object.keys(zip.files).filter((path) => path !== MANIFEST && !zip.files[path]!.dir && !listed.has(path));
  if (unlisted.length > 0 || listed.size !== manifest.parts.length) throw refuse.altered(name);

  const contents = new Map<string, Uint8Array>();
  for (const part of manifest.parts) {
    if (part.bytes > MAX_PART_BYTES) throw refuse.tooLarge(name, MAX_PART_BYTES / (1024 * 1024));
    const entry = zip.file(part.path);
    if (!entry) throw refuse.altered(name);
    let data: Uint8Array;
    try {
      data = await entry.async('uint8array');
    } catch (error) {
      throw refuse.damaged(name, error);
    }
    if (data.length !== part.bytes || sha256Hex(data) !== part.sha256) throw refuse.altered(name);
    contents.set(part.path, data);
  }

  const rawRecords: Record<string, unknown> = {};
  for (const [key, path] of Object.entries(RECORD_PARTS)) {
    const data = contents.get(path);
    if (!data) throw refuse.damaged(name);
    try {
      rawRecords[key] = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch (error) {
      throw refuse.damaged(name, error);
    }
  }
  const records = packageRecordsSchema.safeParse(rawRecords);
  if (!records.success) throw refuse.damaged(name, records.error);

  const files = new Map<string, Uint8Array>();
  for (const [path, data] of contents) if (path.startsWith('tep/')) files.set(path.slice(4), data);
  const referenced = [
    ...records.data.directives.flatMap((d) => d.attachments.map((a) => a.sha256)),
    ...records.data.documents.map((d) => d.file.sha256),
  ];
  if (referenced.some((hash) => !files.has(hash))) throw refuse.altered(name);
  const counts = manifest.contents;
  if (
    counts.directives !== records.data.directives.length ||
    counts.assignments !== records.data.assignments.length ||
    counts.reports !== records.data.reports.length ||
    counts.documents !== records.data.documents.length ||
    counts.files !== files.size
  ) {
    throw refuse.altered(name);
  }
  return { manifest, records: records.data, files, seal };
}
