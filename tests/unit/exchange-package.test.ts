import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPackage, readPackage, sha256Hex, type PackageContent } from '../../electron/core/exchange/package-file';
import { PackageRefusedError, type RefusalReason } from '../../electron/core/exchange/refusals';
import { PACKAGE_FORMAT_VERSION } from '../../shared/schemas/exchange-package';
import { expectVietnameseMessage } from '../support/vietnamese';

const attachment = new TextEncoder().encode('%PDF-1.4 Kế hoạch số 12/KH-MTTQ-BTT (bản scan)\n'.repeat(50));
const attachmentHash = sha256Hex(attachment);
const directiveUuid = randomUUID();

function content(): PackageContent {
  return {
    header: {
      packageId: randomUUID(),
      kind: 'giao_nhiem_vu',
      sender: { code: 'MTTQ-HP', name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng' },
      receivers: [
        { code: 'MTTQ-HP-HB', name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng' },
        { code: 'MTTQ-HP-LC', name: 'Ủy ban MTTQ Việt Nam phường Lê Chân' },
      ],
      sequence: 3,
      createdAt: '2026-11-20T03:15:00.000Z',
      app: { name: 'so-tay-mat-tran', version: '0.1.0', schemaVersion: 8 },
    },
    records: {
      directives: [
        {
          uuid: directiveUuid,
          numberSymbol: '12/KH-MTTQ-BTT',
          type: 'ke_hoach',
          issuerName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
          issuedDate: '2026-11-18',
          signer: 'Nguyễn Văn Khánh',
          summary: 'Triển khai Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027',
          attachments: [{ uuid: randomUUID(), fileName: 'Kế hoạch 12.pdf', mime: 'application/pdf', size: attachment.length, sha256: attachmentHash }],
        },
      ],
      assignments: ['MTTQ-HP-HB', 'MTTQ-HP-LC'].map((code) => ({
        uuid: randomUUID(),
        group: '4c0a7d2e-8f7b-4b8e-9f1d-2a3b4c5d6e7f',
        directiveUuid,
        receiverCode: code,
        title: 'Tổ chức hội nghị triển khai Kế hoạch tại cơ sở',
        detail: '',
        lead: 'Ban Thường trực Ủy ban MTTQ',
        dueDate: '2026-12-15',
        recurrence: 'khong' as const,
        priority: 'cao' as const,
      })),
      reports: [],
      documents: [],
    },
    files: new Map([[attachmentHash, attachment]]),
  };
}

const OPTIONS = { fileName: 'goi.mttq', schemaVersion: 8 };

async function refusal(bytes: Uint8Array, options = OPTIONS): Promise<PackageRefusedError> {
  try {
    await readPackage(bytes, options);
  } catch (error) {
    if (error instanceof PackageRefusedError) return error;
    throw error;
  }
  throw new Error('the package was accepted');
}

async function expectRefused(bytes: Uint8Array, reasons: RefusalReason[]): Promise<void> {
  const error = await refusal(bytes);
  expect(reasons).toContain(error.refusal.reason);
  expect(error.code).toBe('PACKAGE_REFUSED');
  expectVietnameseMessage(error.message);
  expect(error.message).toContain('Chưa có gì được nhập');
}

/** Re-zips a package with an edited manifest and seals it again, as a newer app (or a careful forger) would. */
async function resealedWith(bytes: Uint8Array, edit: (manifest: Record<string, unknown>) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
  edit(manifest);
  zip.file('manifest.json', JSON.stringify(manifest));
  const out = await zip.generateAsync({ type: 'uint8array', comment: `MTTQ-SHA256:${'0'.repeat(64)}` });
  out.set(new TextEncoder().encode(sha256Hex(out.subarray(0, out.length - 64))), out.length - 64);
  return out;
}

describe('exchange package file', () => {
  it('reads back what was written: manifest with every part hashed, records, files', async () => {
    const written = content();
    const bytes = await buildPackage(written);
    const read = await readPackage(bytes, OPTIONS);
    expect(read.records).toEqual(written.records);
    expect([...read.files.keys()]).toEqual([attachmentHash]);
    expect(Buffer.from(read.files.get(attachmentHash)!).equals(Buffer.from(attachment))).toBe(true);
    expect(read.manifest).toMatchObject({
      format: 'so-tay-mat-tran/goi-trao-doi',
      formatVersion: PACKAGE_FORMAT_VERSION,
      packageId: written.header.packageId,
      sender: written.header.sender,
      receivers: written.header.receivers,
      sequence: 3,
      contents: { directives: 1, assignments: 2, reports: 0, documents: 0, files: 1 },
    });
    const zip = await JSZip.loadAsync(bytes);
    for (const part of read.manifest.parts) {
      const data = await zip.file(part.path)!.async('uint8array');
      expect(sha256Hex(data)).toBe(part.sha256);
      expect(data.length).toBe(part.bytes);
    }
    expect(read.manifest.parts.map((p) => p.path)).toContain(`tep/${attachmentHash}`);
    expect(read.seal).toBe(sha256Hex(bytes.subarray(0, bytes.length - 64)));
  });

  it('the same content makes the same bytes (entry dates are the package time)', async () => {
    const one = content();
    const a = await buildPackage(one);
    const b = await buildPackage(one);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses a flipped byte anywhere in the file: data, zip directory, manifest, seal', async () => {
    const bytes = await buildPackage(content());
    const positions = new Set<number>([0, 5, 30, 100, 400, bytes.length - 200, bytes.length - 80, bytes.length - 30, bytes.length - 1]);
    for (let i = 0; i < 40; i += 1) positions.add(Math.floor((bytes.length * i) / 40));
    for (const at of positions) {
      const flipped = Uint8Array.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      await expectRefused(flipped, ['ALTERED', 'NOT_A_PACKAGE', 'TRUNCATED']);
    }
    // Away from the first bytes and the seal, a flip is reported as an alteration.
    const middle = Uint8Array.from(bytes);
    const mid = Math.floor(bytes.length / 2);
    middle[mid] = middle[mid]! ^ 0x80;
    expect((await refusal(middle)).refusal.reason).toBe('ALTERED');
  });

  it('refuses a file cut short at any length, and an empty file', async () => {
    const bytes = await buildPackage(content());
    for (const length of [0, 3, 10, 200, Math.floor(bytes.length / 2), bytes.length - 65, bytes.length - 10, bytes.length - 1]) {
      await expectRefused(bytes.subarray(0, length), ['TRUNCATED', 'NOT_A_PACKAGE']);
    }
    expect((await refusal(bytes.subarray(0, bytes.length - 1000))).refusal.reason).toBe('TRUNCATED');
  });

  it('refuses something that is not a package: a Word file, a plain zip, text', async () => {
    const plainZip = await new JSZip().file('a.txt', 'xin chào').generateAsync({ type: 'uint8array' });
    expect((await refusal(plainZip)).refusal.reason).toBe('NOT_A_PACKAGE');
    expect((await refusal(plainZip.subarray(0, plainZip.length - 5))).refusal.reason).toBe('TRUNCATED');
    expect((await refusal(new TextEncoder().encode('Kính gửi Ban Thường trực'))).refusal.reason).toBe('NOT_A_PACKAGE');
    // A zip sealed like ours but without our manifest.
    const foreign = await new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array', comment: `MTTQ-SHA256:${'0'.repeat(64)}` });
    foreign.set(new TextEncoder().encode(sha256Hex(foreign.subarray(0, foreign.length - 64))), foreign.length - 64);
    expect((await refusal(foreign)).refusal.reason).toBe('NOT_A_PACKAGE');
  });

  it('refuses a package from a newer app (format or schema version), saying so', async () => {
    const bytes = await buildPackage(content());
    const newerFormat = await resealedWith(bytes, (m) => {
      m.formatVersion = PACKAGE_FORMAT_VERSION + 1;
      (m.app as Record<string, unknown>).version = '2.0.0';
      // A newer format may well carry fields this one does not know.
      m.signature = { algorithm: 'future' };
      m.parts = 'changed shape';
    });
    const error = await refusal(newerFormat);
    expect(error.refusal.reason).toBe('NEWER_VERSION');
    expect(error.message).toContain('2.0.0');
    const newerSchema = await resealedWith(bytes, (m) => {
      (m.app as Record<string, unknown>).schemaVersion = 99;
    });
    expect((await refusal(newerSchema)).refusal.reason).toBe('NEWER_VERSION');
  });

  it('refuses a resealed package whose parts do not match the manifest (part changed, added, missing, counts)', async () => {
    const bytes = await buildPackage(content());
    const zip = await JSZip.loadAsync(bytes);
    const reseal = async (z: JSZip) => {
      const out = await z.generateAsync({ type: 'uint8array', comment: `MTTQ-SHA256:${'0'.repeat(64)}` });
      out.set(new TextEncoder().encode(sha256Hex(out.subarray(0, out.length - 64))), out.length - 64);
      return out;
    };
    const changed = await JSZip.loadAsync(bytes);
    changed.file('ban-ghi/nhiem-vu.json', (await zip.file('ban-ghi/nhiem-vu.json')!.async('string')).replace('2026-12-15', '2027-12-15'));
    expect((await refusal(await reseal(changed))).refusal.reason).toBe('ALTERED');
    const added = await JSZip.loadAsync(bytes);
    added.file('tep/extra.exe', 'MZ');
    expect((await refusal(await reseal(added))).refusal.reason).toBe('ALTERED');
    const missing = await JSZip.loadAsync(bytes);
    missing.remove(`tep/${attachmentHash}`);
    expect((await refusal(await reseal(missing))).refusal.reason).toBe('ALTERED');
    const counts = await resealedWith(bytes, (m) => {
      (m.contents as Record<string, number>).assignments = 1;
    });
    expect((await refusal(counts)).refusal.reason).toBe('ALTERED');
  });

  it('refuses records that do not fit the format even when the hashes match', async () => {
    const bad = content();
    bad.records.assignments[0]!.dueDate = '2026-02-30';
    const bytes = await buildPackage(bad);
    expect((await refusal(bytes)).refusal.reason).toBe('DAMAGED');
  });
});
