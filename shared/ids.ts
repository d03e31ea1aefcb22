/** A counter-based id generator for tests, templates and scripts; the app injects a random one. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
