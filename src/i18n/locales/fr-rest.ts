/**
 * French messages of the screens that load as chunks of their own (a case, the forms, Settings, the
 * dossier): loaded right after the first paint, and awaited by those screens before they show.
 */
import type { RestKey } from './en-rest';
import { fr as caseForm } from '../catalogues/fr/case-form';
import { fr as casePanels } from '../catalogues/fr/case-panels';
import { fr as data } from '../catalogues/fr/data';
import { fr as dossier } from '../catalogues/fr/dossier';
import { fr as evidence } from '../catalogues/fr/evidence';
import { fr as letters } from '../catalogues/fr/letters';
import { fr as log } from '../catalogues/fr/log';
import { fr as playbookSteps } from '../catalogues/fr/playbook-steps';
import { fr as settings } from '../catalogues/fr/settings';
import { fr as keep } from '../catalogues/fr/keep';
import { fr as storage } from '../catalogues/fr/storage';
import { fr as escalationSteps } from '../catalogues/fr/escalation-steps';

const areas = [settings, caseForm, log, dossier, evidence, casePanels, data, storage, playbookSteps, letters, keep, escalationSteps];

export const messages = Object.assign({}, ...areas) as Record<RestKey, string>;
