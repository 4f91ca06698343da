/**
 * The page's Content-Security-Policy: no remote source of any kind. renderer/index.html carries the
 * same text in its <meta> (a test keeps them equal), and the app:// handler sends it as a header.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
