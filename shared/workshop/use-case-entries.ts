import type { UseCase } from './use-case-library';
import { BACK_OFFICE_USE_CASES } from './use-cases-back-office';
import { FRONT_OFFICE_USE_CASES } from './use-cases-front-office';

/*
 * The entries of the SME use-case library (#17), grouped by business function, in two files by
 * where the work sits. Written for this app: each says the problem first, as the off-site is run,
 * and suggests KPIs a small firm can actually measure. All text is in the use-cases catalogue part;
 * a key written out in the entries is what the catalogue test looks for.
 */
export const USE_CASE_ENTRIES: readonly UseCase[] = [...FRONT_OFFICE_USE_CASES, ...BACK_OFFICE_USE_CASES];
