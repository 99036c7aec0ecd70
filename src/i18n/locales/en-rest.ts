/**
 * English messages of the screens that load as chunks of their own (a case, the forms, Settings, the
 * dossier): loaded right after the first paint, and awaited by those screens before they show.
 */
import { en as caseForm } from '../catalogues/en/case-form';
import { en as casePanels } from '../catalogues/en/case-panels';
import { en as data } from '../catalogues/en/data';
import { en as dossier } from '../catalogues/en/dossier';
import { en as evidence } from '../catalogues/en/evidence';
import { en as letters } from '../catalogues/en/letters';
import { en as log } from '../catalogues/en/log';
import { en as playbookSteps } from '../catalogues/en/playbook-steps';
import { en as settings } from '../catalogues/en/settings';
import { en as keep } from '../catalogues/en/keep';
import { en as storage } from '../catalogues/en/storage';
import { en as escalationSteps } from '../catalogues/en/escalation-steps';

const areas = [settings, caseForm, log, dossier, evidence, casePanels, data, storage, playbookSteps, letters, keep, escalationSteps];

type KeysOf<T> = T extends unknown ? keyof T & string : never;
export type RestKey = KeysOf<(typeof areas)[number]>;

export const messages = Object.assign({}, ...areas) as Record<RestKey, string>;
