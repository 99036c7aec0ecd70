/**
 * Every rule the app states about a right or a time limit, as data: where it comes from, when that
 * was last checked against the source, which days count, and whether the deadline is met when the
 * notice is sent or only when it arrives. Steps and deadlines name a rule by id; Settings lists them
 * all. What each rule says, in words, is in the catalogue under `law.<id>`.
 */

/** The day every source below was last read (each rule may carry its own date when re-checked). */
export const RULES_CHECKED = '2026-12-06';

/**
 * calendar: every day counts; business: working days of the place (weekends and public holidays
 * excluded, typically, since a bank's own business days may differ).
 */
export type DayCount = 'calendar' | 'business' | 'none';
/** sent: sending in time is enough; received: it must arrive in time (aim earlier, keep proof). */
export type MetWhen = 'sent' | 'received';

export interface LegalRule {
  id: string;
  citation: string;
  url: string;
  checked: string;
  days: DayCount;
  met?: MetWhen;
  /** eu1182: a last day on a weekend or holiday moves to the next working day; none: it does not. */
  roll?: 'eu1182' | 'none';
  /** Banks, schemes or companies may set other limits: say "typically". */
  typical: boolean;
  /** Which body or country the rule belongs to, for grouping the list. */
  area: 'eu' | 'fr' | 'uk' | 'us' | 'card' | 'paypal' | 'general';
}

const rule = (r: Omit<LegalRule, 'checked'> & { checked?: string }): LegalRule => ({ checked: RULES_CHECKED, ...r });

export const LEGAL_RULES = [
  rule({ id: 'card-dispute', area: 'card', citation: 'Visa Core Rules (dispute reason 13.2); Mastercard Chargeback Guide', url: 'https://usa.visa.com/support/consumer/visa-rules.html', days: 'calendar', typical: true }),
  rule({ id: 'eu-withdrawal', area: 'eu', citation: 'Directive 2011/83/EU, Art. 9, 10, 11(2), 16(m)', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', days: 'calendar', met: 'sent', roll: 'eu1182', typical: false }),
  rule({ id: 'eu-period-counting', area: 'eu', citation: 'Regulation (EEC, Euratom) No 1182/71, Art. 3; Directive 2011/83/EU, recital 41', url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj', days: 'calendar', roll: 'eu1182', typical: false }),
  rule({ id: 'eu-trader-refund', area: 'eu', citation: 'Directive 2011/83/EU, Art. 13(1); Code de la consommation, L221-24', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', days: 'calendar', met: 'received', typical: false }),
  rule({ id: 'uk-cancellation', area: 'uk', citation: 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regs 29-32', url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/30', days: 'calendar', met: 'sent', roll: 'none', typical: false }),
  rule({ id: 'uk-trader-refund', area: 'uk', citation: 'Consumer Contracts Regulations 2013, reg 34', url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/34', days: 'calendar', met: 'received', roll: 'none', typical: false }),
  rule({ id: 'psd2-complaint', area: 'eu', citation: 'Directive (EU) 2015/2366 (PSD2), Art. 101; Code monétaire et financier, L133-45', url: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj', days: 'business', met: 'received', typical: true }),
  rule({ id: 'fr-bank-complaint', area: 'fr', citation: 'ACPR, Recommandation 2022-R-01; Code monétaire et financier, L316-1', url: 'https://acpr.banque-france.fr/proteger-la-clientele/vous-etes-un-particulier/formuler-une-reclamation-vis-vis-dun-professionnel', days: 'calendar', met: 'received', typical: true }),
  rule({ id: 'sepa-dd-refund', area: 'eu', citation: 'Directive (EU) 2015/2366 (PSD2), Art. 76, 77; Regulation (EU) 260/2012', url: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj', days: 'calendar', met: 'received', typical: false }),
  rule({ id: 'eu-unauthorised', area: 'eu', citation: 'Directive (EU) 2015/2366 (PSD2), Art. 71, 73', url: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj', days: 'calendar', met: 'received', typical: false }),
  rule({ id: 'uk-fca-complaint', area: 'uk', citation: 'FCA Handbook, DISP 1.6.2R; DISP 1.6.2AR (payment services)', url: 'https://www.handbook.fca.org.uk/handbook/DISP/1/6.html', days: 'calendar', met: 'received', roll: 'none', typical: false }),
  rule({ id: 'uk-fos', area: 'uk', citation: 'FCA Handbook, DISP 2.8.1R, 2.8.2R', url: 'https://www.handbook.fca.org.uk/handbook/DISP/2/8.html', days: 'calendar', met: 'received', roll: 'none', typical: false }),
  rule({ id: 'uk-s75', area: 'uk', citation: 'Consumer Credit Act 1974, s.75', url: 'https://www.legislation.gov.uk/ukpga/1974/39/section/75', days: 'none', typical: false }),
  rule({ id: 'uk-letter-before-claim', area: 'uk', citation: 'Practice Direction – Pre-Action Conduct and Protocols, para 6', url: 'https://www.justice.gov.uk/courts/procedure-rules/civil/rules/pd_pre-action_conduct', days: 'calendar', met: 'received', roll: 'none', typical: true }),
  rule({ id: 'uk-small-claims', area: 'uk', citation: 'Civil Procedure Rules 26.9 (England and Wales); Simple Procedure Rules (Scotland); County Courts (Financial Limits) Order (NI) 2022', url: 'https://www.legislation.gov.uk/uksi/1998/3132/rule/26.9', days: 'none', typical: false }),
  rule({ id: 'us-billing-error', area: 'us', citation: 'Fair Credit Billing Act; Regulation Z, 12 CFR 1026.13', url: 'https://www.ecfr.gov/current/title-12/part-1026/section-1026.13', days: 'calendar', met: 'received', roll: 'none', typical: false }),
  rule({ id: 'us-transfer-error', area: 'us', citation: 'Electronic Fund Transfer Act; Regulation E, 12 CFR 1005.11', url: 'https://www.ecfr.gov/current/title-12/part-1005/section-1005.11', days: 'business', met: 'received', roll: 'none', typical: true }),
  rule({ id: 'us-cfpb', area: 'us', citation: 'Consumer Financial Protection Bureau, "Learn how the complaint process works"', url: 'https://www.consumerfinance.gov/complaint/process/', days: 'calendar', typical: true }),
  rule({ id: 'us-small-claims', area: 'us', citation: 'State small claims courts (limits set by each state)', url: 'https://www.usa.gov/small-claims-court', days: 'none', typical: true }),
  rule({ id: 'fr-written-complaint', area: 'fr', citation: 'Code de la consommation, L612-2', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032224802', days: 'none', typical: false }),
  rule({ id: 'fr-mediation', area: 'fr', citation: 'Code de la consommation, L612-1, L612-2', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032224802', days: 'calendar', met: 'sent', typical: false }),
  rule({ id: 'fr-conciliation', area: 'fr', citation: 'Code de procédure civile, art. 750-1', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047530514', days: 'none', typical: false }),
  rule({ id: 'fr-court', area: 'fr', citation: 'Code de procédure civile, art. 1405 (injonction de payer), art. 750-1', url: 'https://www.service-public.fr/particuliers/vosdroits/F1746', days: 'none', typical: false }),
  rule({ id: 'fr-signalconso', area: 'fr', citation: 'SignalConso (DGCCRF), conditions générales d’utilisation', url: 'https://signal.conso.gouv.fr/en/conditions-generales-utilisation', days: 'none', typical: false }),
  rule({ id: 'eu-ecc-net', area: 'eu', citation: 'European Consumer Centres Network (ECC-Net); CEC France', url: 'https://www.eccnet.eu/ecc-network/our-services/our-work', days: 'none', typical: false }),
  rule({ id: 'eu-adr', area: 'eu', citation: 'Directive 2013/11/EU on consumer ADR, Art. 5, 13', url: 'https://eur-lex.europa.eu/eli/dir/2013/11/oj', days: 'none', typical: true }),
  rule({ id: 'eu-small-claims', area: 'eu', citation: 'Regulation (EC) No 861/2007, as amended by Regulation (EU) 2015/2421', url: 'https://eur-lex.europa.eu/eli/reg/2007/861/oj', days: 'none', typical: false }),
  rule({ id: 'paypal-dispute', area: 'paypal', citation: 'PayPal Buyer Protection; help articles faq1417, faq1583', url: 'https://www.paypal.com/ca/selfhelp/article/faq1583', days: 'calendar', typical: true }),
  rule({ id: 'app-store-refund', area: 'general', citation: 'Apple "Request a refund" (reportaproblem.apple.com); Google Play refund policy', url: 'https://support.google.com/googleplay/answer/2479637', days: 'none', typical: true }),
  rule({ id: 'refund-arrival', area: 'general', citation: 'Card issuers’ help pages (common guidance, not law)', url: 'https://www.consumerfinance.gov/ask-cfpb/', days: 'business', typical: true }),
  rule({ id: 'ca-consumer', area: 'general', citation: 'Office of Consumer Affairs (Canada), complaint roadmap; provincial consumer protection offices', url: 'https://ised-isde.canada.ca/site/office-consumer-affairs/en', days: 'none', typical: true }),
] as const satisfies readonly LegalRule[];

export type LegalRuleId = (typeof LEGAL_RULES)[number]['id'];

const BY_ID = new Map<string, LegalRule>(LEGAL_RULES.map((r) => [r.id, r]));

export function legalRule(id: LegalRuleId): LegalRule {
  return BY_ID.get(id)!;
}
