/**
 * All catalogues merged. Each area owns one file in ./catalogues (English and French side by side);
 * add a file there and list it here.
 */
import { attention } from './catalogues/attention';
import { backup } from './catalogues/backup';
import { caseForm } from './catalogues/case-form';
import { cases } from './catalogues/cases';
import { dossier } from './catalogues/dossier';
import { evidence } from './catalogues/evidence';
import { followUp } from './catalogues/follow-up';
import { log } from './catalogues/log';
import { playbooks } from './catalogues/playbooks';
import { pwa } from './catalogues/pwa';
import { settings } from './catalogues/settings';
import { shell } from './catalogues/shell';
import { timer } from './catalogues/timer';

const areas = [shell, settings, cases, caseForm, log, pwa, dossier, timer, evidence, followUp, playbooks, attention, backup] as const;

type AreaKeys<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;
export type Lang = 'en' | 'fr';

function merge(lang: Lang): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((a) => a[lang])) as Record<MessageKey, string>;
}

export const messages: Record<Lang, Record<MessageKey, string>> = { en: merge('en'), fr: merge('fr') };
