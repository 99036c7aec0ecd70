/** Inputs of the PDF dossier beyond the case bundle itself. */
import type { Instant, IsoDate, Region } from '../../domain/types';
import type { Lang } from '../../i18n/messages';

/** A deadline from the deadline rules, already worded in the export language. */
export interface DossierDeadline {
  title: string;
  lastDay: IsoDate;
  /** The rule's source ("Directive 2011/83/EU, Art. 9") and the day it was checked. */
  source?: string;
  checkedOn?: IsoDate;
  /** The person replaced the computed date. */
  overridden?: boolean;
  note?: string;
}

/** A next action from the follow-up rules, already worded in the export language. */
export interface DossierStep {
  title: string;
  dueAt?: Instant;
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

/** Evidence id -> data URL of a JPEG or PNG preview (the only image types the PDF engine embeds). */
export type DossierImages = Record<string, string>;
