import { systemNow } from '../clock';
import { runCli } from './commands';

/*
 * The `aiplan` command line, built to out/main/aiplan.js and started by bin/aiplan.js. Commands get
 * the clock as io.now, so tests pin it; only electron/clock.ts reads the system clock.
 */
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, now: systemNow, env: process.env });
