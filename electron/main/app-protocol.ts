import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, resolveAppFile } from './app-scheme';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/**
 * Answers app://bundle/… from the built renderer folder. Anything that resolves outside it, or
 * that does not exist, is a 404: the scheme never reads another file of the disk.
 */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Không tìm thấy', { status: 404 });
    try {
      const body = await fs.readFile(file.filePath);
      const headers: Record<string, string> = { 'Content-Type': file.mimeType, 'X-Content-Type-Options': 'nosniff' };
      if (file.mimeType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return new Response(body, { status: 200, headers });
    } catch {
      return new Response('Không tìm thấy', { status: 404 });
    }
  });
}
