/** Every English message, merged from the area catalogues; loaded on its own when English is in use. */
import { en as attention } from '../catalogues/en/attention';
import { en as backup } from '../catalogues/en/backup';
import { en as caseForm } from '../catalogues/en/case-form';
import { en as cases } from '../catalogues/en/cases';
import { en as dossier } from '../catalogues/en/dossier';
import { en as evidence } from '../catalogues/en/evidence';
import { en as followUp } from '../catalogues/en/follow-up';
import { en as log } from '../catalogues/en/log';
import { en as playbooks } from '../catalogues/en/playbooks';
import { en as pwa } from '../catalogues/en/pwa';
import { en as settings } from '../catalogues/en/settings';
import { en as shell } from '../catalogues/en/shell';
import { en as timer } from '../catalogues/en/timer';

const areas = [shell, settings, cases, caseForm, log, pwa, dossier, timer, evidence, followUp, playbooks, attention, backup];

type Union<T> = T extends readonly (infer A)[] ? A : never;
type KeysOf<T> = T extends unknown ? keyof T : never;
/** Every message key of the app. */
export type MessageKey = KeysOf<Union<typeof areas>> & string;

export const messages = Object.assign({}, ...areas) as Record<MessageKey, string>;
