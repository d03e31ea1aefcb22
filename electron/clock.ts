/*
 * The main process's and the CLI's one reader of the system clock (the renderer has its own,
 * renderer/clock.ts). Modules take `now` as an argument and default to these, so a test passes a
 * fixed moment and lint forbids reading the clock anywhere else.
 */

/** The current moment. */
export const systemNow = (): Date => new Date();

/** The current moment in milliseconds since the epoch, for comparing with file times. */
export const systemNowMs = (): number => Date.now();
