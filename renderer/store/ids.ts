/** Random ids for new items (the domain takes its id generator from the caller). */
export const newId = (): string => crypto.randomUUID();
