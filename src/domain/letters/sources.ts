/**
 * The rules the letters rely on, each with its source and the date it was checked against that source
 * (research note 13, checked 2026-12-06). `status` says how firm the check was: 'official' when read in
 * the official text or a verbatim copy of it, 'secondary' when only secondary sources were found.
 * Citations are proper names of texts and stay untranslated; what each rule says is in the templates.
 */
export const LETTER_RULES_CHECKED = '2026-12-06';

export const LETTER_RULE_IDS = [
  'eu-withdrawal',
  'eu-withdrawal-form',
  'uk-cancellation',
  'uk-cancellation-form',
  'fr-withdrawal',
  'fr-withdrawal-form',
  'eu-trader-refund',
  'uk-trader-refund',
  'us-billing-error',
  'us-transfer-error',
  'eu-psd2-complaint',
  'uk-fca-complaint',
  'fr-bank-complaint',
  'card-chargeback',
  'fr-formal-notice',
  'fr-mediation',
  'uk-pre-action',
  'uk-small-claims',
] as const;
export type LetterRuleId = (typeof LETTER_RULE_IDS)[number];

export interface LetterRule {
  citation: string;
  url: string;
  checked: string;
  status: 'official' | 'secondary';
}

const rule = (citation: string, url: string, status: LetterRule['status'] = 'official'): LetterRule => ({
  citation,
  url,
  checked: LETTER_RULES_CHECKED,
  status,
});

export const LETTER_RULES: ReadonlyMap<LetterRuleId, LetterRule> = new Map<LetterRuleId, LetterRule>([
  ['eu-withdrawal', rule('Directive 2011/83/EU, Art. 9 and 11(2)', 'https://eur-lex.europa.eu/eli/dir/2011/83/oj')],
  ['eu-withdrawal-form', rule('Directive 2011/83/EU, Annex I(B)', 'https://eur-lex.europa.eu/eli/dir/2011/83/oj')],
  ['uk-cancellation', rule('Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regs 29, 30 and 32', 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/30')],
  ['uk-cancellation-form', rule('Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, Schedule 3 Part B', 'https://www.legislation.gov.uk/uksi/2013/3134/schedule/3')],
  ['fr-withdrawal', rule('Code de la consommation, art. L221-18, L221-21 et L221-24', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226842')],
  ['fr-withdrawal-form', rule('Code de la consommation, art. R221-1 et son annexe', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045418603')],
  ['eu-trader-refund', rule('Directive 2011/83/EU, Art. 13(1)', 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', 'secondary')],
  ['uk-trader-refund', rule('Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, reg 34', 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/34', 'secondary')],
  ['us-billing-error', rule('Regulation Z, 12 CFR 1026.13(b) and (c)', 'https://www.ecfr.gov/current/title-12/part-1026/section-1026.13')],
  ['us-transfer-error', rule('Regulation E, 12 CFR 1005.11(b) and (c)', 'https://www.ecfr.gov/current/title-12/part-1005/section-1005.11')],
  ['eu-psd2-complaint', rule('Directive (EU) 2015/2366, Art. 101', 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj')],
  ['uk-fca-complaint', rule('FCA Handbook, DISP 1.6.2R and DISP 2.8.2R', 'https://www.handbook.fca.org.uk/handbook/DISP/1/6.html')],
  ['fr-bank-complaint', rule('Code monétaire et financier, art. L133-45', 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072026')],
  ['card-chargeback', rule('Visa Core Rules; Mastercard Chargeback Guide (not public; known through secondary sources)', 'https://www.visa.com/', 'secondary')],
  ['fr-formal-notice', rule('Code civil, art. 1344 et 1344-1', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032042162')],
  ['fr-mediation', rule('Code de la consommation, art. L612-1 et L612-2', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032224802')],
  ['uk-pre-action', rule('Practice Direction – Pre-Action Conduct and Protocols, para 6', 'https://www.justice.gov.uk/courts/procedure-rules/civil/rules/pd_pre-action_conduct', 'secondary')],
  ['uk-small-claims', rule('Civil Procedure Rules, rule 26.9', 'https://www.legislation.gov.uk/uksi/1998/3132/rule/26.9')],
]);

export function letterRule(id: LetterRuleId): LetterRule {
  return LETTER_RULES.get(id)!;
}
