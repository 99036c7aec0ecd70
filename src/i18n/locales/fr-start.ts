/**
 * French messages of the areas the first screen shows (Home, the app frame, the call bar, banners):
 * loaded before the first paint. Every other area is in ./fr-rest.ts, loaded right after.
 */
import type { StartKey } from './en-start';
import { fr as attention } from '../catalogues/fr/attention';
import { fr as backup } from '../catalogues/fr/backup';
import { fr as cases } from '../catalogues/fr/cases';
import { fr as followUp } from '../catalogues/fr/follow-up';
import { fr as playbooks } from '../catalogues/fr/playbooks';
import { fr as pwa } from '../catalogues/fr/pwa';
import { fr as shell } from '../catalogues/fr/shell';
import { fr as timer } from '../catalogues/fr/timer';
import { fr as escalation } from '../catalogues/fr/escalation';

const areas = [shell, cases, attention, followUp, playbooks, timer, pwa, backup, escalation];

export const messages = Object.assign({}, ...areas) as Record<StartKey, string>;
