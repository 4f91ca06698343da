/**
 * Draws resources/icon/icon.svg into the PNG and ICO files the installer uses
 * (`npx tsx electron/scripts/make-icon.ts`; needs Chromium, like the e2e tests). The outputs are
 * committed, so building the installer never needs a browser. The .ico holds PNG-compressed images
 * (16–256 px), which Windows reads since Vista.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.resolve('resources/icon');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256];

function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const render = async (size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  fs.writeFileSync(path.join(dir, 'icon.png'), await render(512));
  const images = [];
  for (const size of sizes) images.push({ size, png: await render(size) });
  fs.writeFileSync(path.join(dir, 'icon.ico'), ico(images));
  console.log(JSON.stringify({ png: path.join(dir, 'icon.png'), ico: path.join(dir, 'icon.ico'), sizes }));
} finally {
  await browser.close();
}
