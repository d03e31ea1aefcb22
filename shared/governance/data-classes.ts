import type { Application, DataClass } from '../model';

/** The data classes that hold people's personal data, which needs a privacy review. */
export const PERSONAL_DATA_CLASSES: readonly DataClass[] = ['customer-personal', 'staff-personal'];

/** True when the application touches customer or staff personal data. */
export const touchesPersonalData = (app: Pick<Application, 'governance'>): boolean =>
  app.governance.dataClasses.some((c) => PERSONAL_DATA_CLASSES.includes(c));

/**
 * The one-switch form of the data classes, kept for the Dimensions view: switching on adds customer
 * personal data, switching off removes both personal classes and keeps the others.
 */
export function withPersonalData(classes: readonly DataClass[], on: boolean): DataClass[] {
  if (on) return classes.some((c) => PERSONAL_DATA_CLASSES.includes(c)) ? [...classes] : [...classes, 'customer-personal'];
  return classes.filter((c) => !PERSONAL_DATA_CLASSES.includes(c));
}
