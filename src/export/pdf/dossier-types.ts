/** Inputs of the PDF dossier beyond the case bundle itself. */
import type { Instant, IsoDate, Region } from '../../domain/types';
import type { Lang } from '../../i18n/messages';

/** A deadline from the deadline rules, already worded in the export language. */
export interface DossierDeadline {
  title: string;
  /** The last safe day (or, for a period that opens, the first day something becomes possible). */
  date: IsoDate;
  /** How the period is counted. */
  note?: string;
  /** The rule's source ("Directive 2011/83/EU, Art. 9") and when it was checked, as shown. */
  source?: string;
  checked?: string;
  /** The person replaced the computed date. */
  overridden?: boolean;
}

/** A next action from the follow-up rules, already worded in the export language. */
export interface DossierStep {
  title: string;
  dueAt?: Instant;
  /** Why, in one line. */
  why?: string;
  source?: string;
}

export interface DossierOptions {
  lang: Lang;
  now: Instant;
  /** The zone the "made on" stamp is shown in (the device's). */
  timeZone: string;
  /** The paper size follows the case's region, or this one when the case has none. */
  homeRegion: Region;
  deadlines?: DossierDeadline[];
  nextSteps?: DossierStep[];
}

/**
 * Evidence id -> data URL of a JPEG or PNG preview (the only image types the PDF engine embeds). A Map:
 * ids such as "constructor" or "__proto__" are valid data, and a plain object would find them on its prototype.
 */
export type DossierImages = Map<string, string>;
