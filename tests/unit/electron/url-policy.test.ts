import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import {
  APP_ENTRY_URL,
  isAllowedRequest,
  isAppUrl,
  needsSecurityHeaders,
} from '../../../electron/security/url-policy';

describe('the Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('allows only the app itself to run scripts and be fetched', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('font-src')).toBe("'self' data:");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('URL policy', () => {
  it('recognises the app bundle and nothing else as the app', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://bundle/assets/x.js')).toBe(true);
    for (const url of ['app://other/index.html', 'https://bundle/index.html', 'file:///index.html', 'app://u:p@bundle/', 'about:blank', 'garbage'])
      expect(isAppUrl(url), url).toBe(false);
  });

  it('lets through only the bundle, data/blob URLs and the developer tools', () => {
    for (const url of ['app://bundle/index.html', 'data:font/woff2;base64,AAAA', 'blob:app://bundle/0b6c', 'devtools://devtools/bundled/x.html'])
      expect(isAllowedRequest(url), url).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'ftp://example.org/x',
      'app://evil/index.html',
      'blob:https://evil.example/0b6c',
      'chrome-extension://abc/x.js',
      'wss://example.org',
    ])
      expect(isAllowedRequest(url), url).toBe(false);
  });

  it('allows the local dev server only when one is named, and never a remote one', () => {
    const dev = { devServerOrigin: 'http://localhost:5173' };
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
    expect(isAllowedRequest('http://example.org:5173/', { devServerOrigin: 'http://example.org:5173' })).toBe(false);
    expect(needsSecurityHeaders('http://localhost:5173/', dev)).toBe(false);
  });

  it('puts the CSP on every response except the developer tools', () => {
    expect(needsSecurityHeaders('app://bundle/index.html')).toBe(true);
    expect(needsSecurityHeaders('https://example.org/')).toBe(true);
    expect(needsSecurityHeaders('devtools://devtools/bundled/x.html')).toBe(false);
  });
});
