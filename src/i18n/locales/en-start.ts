/**
 * English messages of the areas the first screen shows (Home, the app frame, the call bar, banners):
 * loaded before the first paint. Every other area is in ./en-rest.ts, loaded right after.
 */
import { en as attention } from '../catalogues/en/attention';
import { en as backup } from '../catalogues/en/backup';
import { en as cases } from '../catalogues/en/cases';
import { en as followUp } from '../catalogues/en/follow-up';
import { en as playbooks } from '../catalogues/en/playbooks';
import { en as pwa } from '../catalogues/en/pwa';
import { en as shell } from '../catalogues/en/shell';
import { en as timer } from '../catalogues/en/timer';
import { en as escalation } from '../catalogues/en/escalation';

const areas = [shell, cases, attention, followUp, playbooks, timer, pwa, backup, escalation];

type KeysOf<T> = T extends unknown ? keyof T & string : never;
export type StartKey = KeysOf<(typeof areas)[number]>;

export const messages = Object.assign({}, ...areas) as Record<StartKey, string>;
