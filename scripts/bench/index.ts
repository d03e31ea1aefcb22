/*
 * `npm run bench`: runs every bench module in turn. Each prints its own figures; none asserts.
 * Adding a bench is one line below: its module exports `run(): Promise<void>`.
 */
export const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  files: () => import('./files'),
  caps: () => import('./caps'),
  'at-caps': () => import('./at-caps'),
  board: () => import('./board'),
  roadmap: () => import('./roadmap'),
  pdf: () => import('./pdf'),
  views: () => import('./views'),
  value: () => import('./value'),
  workshop: () => import('./workshop'),
  history: () => import('./history'),
  spreadsheet: () => import('./spreadsheet'),
};

const only = process.argv.slice(2);
for (const [name, load] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await (await load()).run();
}
