/*
 * The renderer's Content-Security-Policy, sent as a header on every response of the app:// bundle.
 * The end-to-end tests serve the built renderer with this same constant, so what they prove is what
 * ships. Nothing may be fetched, framed or posted outside the app's own files; inline styles stay
 * allowed because React's style props and the drag overlay set them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers added to every response the app serves (the CSP plus no MIME sniffing). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};
