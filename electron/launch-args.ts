import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The plan file named on a command line (`AI Alignment Planner plan.aiplan`, or what the OS passes
 * on a double-click), resolved against the directory it was typed in. Linux desktop entries pass
 * `%U`, so a file manager hands over `file:///home/ann/Board%20Plan.aiplan`: a file URI is turned
 * back into the path it names (percent-decoded; on Windows `file:///C:/…` and `file://server/share/…`
 * too). Switches, other URLs and anything that is not an .aiplan file are ignored.
 */
export function planPathFromArgv(argv: readonly string[], workingDirectory: string, platform: NodeJS.Platform = process.platform): string | null {
  const path = platform === 'win32' ? win32 : posix;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? pathOfFileUri(arg, platform) : arg;
    if (candidate === null || candidate.includes('\0') || !/\.aiplan$/i.test(candidate)) continue;
    return path.isAbsolute(candidate) ? candidate : path.resolve(workingDirectory, candidate);
  }
  return null;
}

/** The local path a file:// URI names, or null for another scheme or a URI no file can have. */
function pathOfFileUri(uri: string, platform: NodeJS.Platform): string | null {
  if (!/^file:\/\//i.test(uri)) return null;
  try {
    // A file URI with a host is a network share on Windows; elsewhere only "localhost" is allowed.
    return fileURLToPath(uri, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}
