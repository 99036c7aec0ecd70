/**
 * Built-in playbooks: Netflix and LinkedIn (from the consumer guides summarised in DOMAIN.md) and a
 * generic one for every other company. Texts live in the i18n catalogue under the keys named here.
 */
import { COMMON_STEPS as S } from './ladder';
import type { Playbook } from './types';

export const GENERIC_PLAYBOOK: Playbook = {
  id: 'generic',
  nameKey: 'playbook.generic',
  companyWords: [],
  steps: [S.gather, S.contact, S.explain, S.evidence, S.followUp, S.withdrawal],
};

export const NETFLIX_PLAYBOOK: Playbook = {
  id: 'netflix',
  nameKey: 'playbook.netflix',
  companyWords: ['netflix'],
  steps: [
    S.gather,
    { id: 'netflix.secure', titleKey: 'step.netflixSecure.title', bodyKey: 'step.netflixSecure.body', when: { reasons: ['unauthorized-charge'] } },
    {
      id: 'netflix.troubleshoot',
      titleKey: 'step.netflixTroubleshoot.title',
      bodyKey: 'step.netflixTroubleshoot.body',
      when: { reasons: ['technical-issue', 'service-outage'] },
    },
    { id: 'netflix.contact', titleKey: 'step.netflixContact.title', bodyKey: 'step.netflixContact.body' },
    S.explain,
    S.evidence,
    S.followUp,
    S.withdrawal,
  ],
};

export const LINKEDIN_PLAYBOOK: Playbook = {
  id: 'linkedin',
  nameKey: 'playbook.linkedin',
  companyWords: ['linkedin'],
  steps: [
    S.gather,
    { id: 'linkedin.ticket', titleKey: 'step.linkedinTicket.title', bodyKey: 'step.linkedinTicket.body', when: { notProductWords: ['premium'] } },
    S.explain,
    S.evidence,
    S.followUp,
    { ...S.withdrawal, bodyKey: 'step.linkedinWithdrawal.body' },
  ],
  ladder: {
    // LinkedIn's own route for Premium: an account review request from the Help Center.
    'formal-review': [
      {
        id: 'formal-review',
        rung: 'formal-review',
        titleKey: 'step.linkedinReview.title',
        bodyKey: 'step.linkedinReview.body',
        when: { productWords: ['premium'] },
      },
    ],
  },
};

export const PLAYBOOKS: readonly Playbook[] = [NETFLIX_PLAYBOOK, LINKEDIN_PLAYBOOK, GENERIC_PLAYBOOK];
