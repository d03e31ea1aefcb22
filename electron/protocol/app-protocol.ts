import { protocol, type CustomScheme } from 'electron';
import { APP_SCHEME } from '../security/url-policy';
import { createBundleHandler } from './serve-bundle';

/*
 * standard: relative URLs and a real origin (app://bundle) for 'self' in the CSP; secure: a secure
 * context like https; supportFetchAPI and corsEnabled: Vite's module scripts load with CORS.
 * No bypassCSP, no service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer folder on app://bundle/ (after `ready`). */
export function serveAppBundle(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createBundleHandler(rendererDir));
}
