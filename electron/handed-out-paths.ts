/*
 * Paths the main process itself handed to the renderer: chosen in a native dialog, named on the
 * command line, double-clicked in a file manager, taken from Open Recent or a recovery copy, or
 * written by a save. A network path (\\server\share\plan.aiplan) the renderer sends back is accepted
 * only if it is one of these: the user picked that share, so the app may read and write there, but
 * a page can never make Windows contact a machine of its own choosing (and hand it the user's
 * credentials).
 */
export class HandedOutPaths {
  private readonly paths = new Set<string>();

  add(path: string | null | undefined): void {
    if (typeof path === 'string' && path !== '') this.paths.add(path);
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }
}

/** UNC (\\server\share, //server/share) and device (\\?\, \\.\) paths start with two separators. */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path);
}

/** Win32 device and long-path namespaces: never a plan file the user chose. */
export function isDevicePath(path: string): boolean {
  return /^[\\/]{2}[?.](?:[\\/]|$)/.test(path);
}

/**
 * \\server\share\… with a server and a share name: the only network form the app ever opens.
 * (`//server/share` is the same path on Windows and plain `/server/share` elsewhere.)
 */
export function isUncPath(path: string): boolean {
  return !isDevicePath(path) && /^[\\/]{2}[^\\/]+[\\/][^\\/]+(?:[\\/]|$)/.test(path);
}
