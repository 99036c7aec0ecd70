/** Every French message, merged from the area catalogues; loaded on its own when French is in use. */
import type { MessageKey } from './en';
import { fr as attention } from '../catalogues/fr/attention';
import { fr as backup } from '../catalogues/fr/backup';
import { fr as caseForm } from '../catalogues/fr/case-form';
import { fr as cases } from '../catalogues/fr/cases';
import { fr as dossier } from '../catalogues/fr/dossier';
import { fr as evidence } from '../catalogues/fr/evidence';
import { fr as followUp } from '../catalogues/fr/follow-up';
import { fr as log } from '../catalogues/fr/log';
import { fr as playbooks } from '../catalogues/fr/playbooks';
import { fr as pwa } from '../catalogues/fr/pwa';
import { fr as settings } from '../catalogues/fr/settings';
import { fr as shell } from '../catalogues/fr/shell';
import { fr as timer } from '../catalogues/fr/timer';

const areas = [shell, settings, cases, caseForm, log, pwa, dossier, timer, evidence, followUp, playbooks, attention, backup];

export const messages = Object.assign({}, ...areas) as Record<MessageKey, string>;
