import { runCli } from './commands';

/* The `aiplan` command line, built to out/main/aiplan.js and started by bin/aiplan.js. */
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
