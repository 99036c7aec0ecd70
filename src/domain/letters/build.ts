/**
 * Builds a letter from a case: picks the template by kind, language and region, fills it with the
 * case's facts and lists what the person still has to fill. Pure: `now` and the zone are arguments.
 */
import type { CaseBundle } from '../case-bundle';
import { formatMoney } from '../money';
import type { Instant, IsoDate, Money, Region, Settings } from '../types';
import { Filler, frenchSpacing } from './fill';
import { letterFacts, type LetterFacts } from './facts';
import { MODEL_FORMS, addresseeLine, type ModelForm } from './model-forms';
import { replyPeriod, replyDateAfter } from './reply-timer';
import type { LetterRuleId } from './sources';
import type { LanguageTexts, Part, TemplateText } from './template-types';
import { en } from './texts-en';
import { fr } from './texts-fr';
import type { Letter, LetterKind, LetterLang, Recipient } from './types';

const TEXTS: Record<LetterLang, LanguageTexts> = { en, fr };

const RECIPIENT: Record<LetterKind, Recipient> = {
  'withdrawal-form': 'company',
  'withdrawal-email': 'company',
  complaint: 'company',
  'bank-dispute': 'bank',
  'billing-error': 'card-issuer',
  'formal-notice': 'company',
  'mediator-referral': 'mediator',
  'letter-before-claim': 'company',
};

const RECIPIENT_LINES: Record<Recipient, [string, string]> = {
  company: ['{company}', '{companyAddress}'],
  bank: ['{bankName}', '{bankAddress}'],
  'card-issuer': ['{issuerName}', '{issuerAddress}'],
  mediator: ['{mediatorName}', '{mediatorAddress}'],
};

/** Proof of sending or of receipt matters for these: registered post is advised. */
const REGISTERED: ReadonlySet<LetterKind> = new Set(['withdrawal-form', 'billing-error', 'formal-notice', 'letter-before-claim']);

export function letterRules(kind: LetterKind, region: Region, lang: LetterLang): LetterRuleId[] {
  const french = lang === 'fr' && region === 'EU';
  switch (kind) {
    case 'withdrawal-form':
      if (region === 'UK') return ['uk-cancellation-form', 'uk-cancellation'];
      return french ? ['fr-withdrawal-form', 'fr-withdrawal'] : ['eu-withdrawal-form', 'eu-withdrawal'];
    case 'withdrawal-email':
      if (region === 'UK') return ['uk-cancellation', 'uk-trader-refund'];
      return french ? ['fr-withdrawal'] : ['eu-withdrawal', 'eu-trader-refund'];
    case 'complaint':
      return [];
    case 'bank-dispute': {
      const byRegion: Partial<Record<Region, LetterRuleId>> = { EU: french ? 'fr-bank-complaint' : 'eu-psd2-complaint', UK: 'uk-fca-complaint', US: 'us-transfer-error' };
      const own = byRegion[region];
      return own ? ['card-chargeback', own] : ['card-chargeback'];
    }
    case 'billing-error':
      return ['us-billing-error'];
    case 'formal-notice':
      return ['fr-formal-notice', 'fr-mediation'];
    case 'mediator-referral':
      return ['fr-mediation'];
    case 'letter-before-claim':
      return ['uk-pre-action', 'uk-small-claims'];
  }
}

function locale(lang: LetterLang, region: Region): string {
  if (lang === 'fr') return 'fr-FR';
  return region === 'US' ? 'en-US' : 'en-GB';
}

function longDate(date: IsoDate, loc: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  utc.setUTCFullYear(y);
  return new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

function listOf(items: string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** Every fact a template may quote, formatted for the letter's language; undefined when the case lacks it. */
function valuesOf(facts: LetterFacts, texts: LanguageTexts, lang: LetterLang, replyBy: IsoDate | undefined): Map<string, string | undefined> {
  const loc = locale(lang, facts.region);
  const date = (d: IsoDate | undefined) => (d ? longDate(d, loc) : undefined);
  const money = (m: Money) => formatMoney(m, loc);
  const spacing = lang === 'fr' ? frenchSpacing : (t: string) => t;
  const chargeLines = facts.charges.map((ch) =>
    spacing(ch.statementOn ? texts.chargeLineStatement : texts.chargeLine)
      .replace('{date}', date(ch.chargedOn)!)
      .replace('{amount}', money(ch.amount))
      .replace('{statement}', date(ch.statementOn) ?? ''),
  );
  const statements = facts.charges.map((ch) => ch.statementOn).filter((d): d is IsoDate => !!d).sort();
  const n = facts.contactCount;
  return new Map<string, string | undefined>([
    ['company', facts.company],
    ['product', facts.product],
    ['account', facts.accountId],
    ['request', facts.request],
    ['today', date(facts.today)],
    ['startedOn', date(facts.subscriptionStartedOn)],
    ['cancelledOn', date(facts.cancelledOn)],
    ['firstContactOn', date(facts.firstContactOn)],
    ['lastContactOn', date(facts.lastContactOn)],
    ['refusedOn', date(facts.refusedOn)],
    ['writtenComplaintOn', date(facts.writtenComplaintOn)],
    ['statementOn', date(statements[0])],
    ['replyBy', date(replyBy)],
    ['chargeList', chargeLines.length ? chargeLines.join('\n') : undefined],
    ['theCharges', facts.charges.length === 1 ? texts.theCharge : texts.theCharges],
    ['outstanding', facts.outstanding.length ? listOf(facts.outstanding.map(money), texts.and) : undefined],
    ['references', facts.references.length ? facts.references.join(', ') : undefined],
    ['contactTimes', n === 1 ? texts.once : texts.times.replace('{n}', new Intl.NumberFormat(loc).format(n))],
    ['enclosures', facts.evidenceKinds.length ? listOf(facts.evidenceKinds.map((k) => texts.evidence[k]), texts.and) : undefined],
  ]);
}

function keep(part: Part, filler: Filler): string | undefined {
  if (typeof part === 'string') return part;
  if ('if' in part) return filler.has(part.if) ? part.text : undefined;
  return filler.has(part.ifNot) ? undefined : part.text;
}

export interface BuildOptions {
  now: Instant;
  timeZone: string;
}

function modelFormOf(region: Region, lang: LetterLang): ModelForm {
  if (region === 'UK') return 'uk';
  return lang === 'fr' ? 'fr' : 'eu';
}

function withdrawalForm(filler: Filler, texts: LanguageTexts, region: Region, lang: LetterLang): { subject: string; body: string } {
  const form = MODEL_FORMS[modelFormOf(region, lang)];
  const contract = filler.has('account') ? texts.formContractAccount : texts.formContract;
  const fills = new Map([
    ['contractLine', contract],
    ['orderedOn', '{startedOn}'],
    ['yourName', '{yourName}'],
    ['yourAddress', '{yourAddress}'],
    ['today', '{today}'],
  ]);
  const lines = [form.title, ''];
  for (const line of form.lines) {
    const text = lang === 'fr' ? frenchSpacing(line.text) : line.text;
    lines.push(line.addressee ? addresseeLine(text, filler.fill('{company}, {companyAddress}')) : text);
    const fill = line.fill ? fills.get(line.fill) : undefined;
    if (fill) lines.push(`  ${filler.fill(fill)}`);
  }
  return { subject: filler.fill(`${form.title} – {product}`), body: lines.join('\n') };
}

function letterText(t: TemplateText, filler: Filler, recipient: Recipient, lang: LetterLang, postal: boolean): { subject: string; body: string } {
  const subject = filler.fill(t.subject);
  const blocks: string[] = [];
  if (postal) {
    blocks.push(filler.fill('{yourName}\n{yourAddress}'));
    blocks.push(filler.fill(RECIPIENT_LINES[recipient].join('\n')));
    blocks.push(filler.fill(lang === 'fr' ? 'Le {today}' : '{today}'));
    if (t.banner) blocks.push(t.banner);
    blocks.push(`${lang === 'fr' ? 'Objet\u00a0:' : 'Subject:'} ${subject}`);
  }
  blocks.push(t.opening);
  for (const part of t.paragraphs) {
    const text = keep(part, filler);
    if (text !== undefined) blocks.push(filler.fill(text));
  }
  blocks.push(t.closing, filler.fill('{yourName}'));
  return { subject, body: blocks.join('\n\n') };
}

/** French spacing on every text of a template, before the facts go in. */
function spaced(t: TemplateText): TemplateText {
  const s = frenchSpacing;
  return {
    ...t,
    subject: s(t.subject),
    ...(t.banner ? { banner: s(t.banner) } : {}),
    opening: s(t.opening),
    closing: s(t.closing),
    paragraphs: t.paragraphs.map((p) => (typeof p === 'string' ? s(p) : { ...p, text: s(p.text) })),
  };
}

export function buildLetter(
  kind: LetterKind,
  lang: LetterLang,
  bundle: CaseBundle,
  settings: Pick<Settings, 'homeRegion'>,
  opts: BuildOptions,
): Letter {
  const facts = letterFacts(bundle, settings, opts.now, opts.timeZone);
  const texts = TEXTS[lang];
  const period = replyPeriod(kind, facts.region);
  const replyBy = period ? replyDateAfter(facts.today, period) : undefined;
  const values = valuesOf(facts, texts, lang, replyBy);
  const labels = new Map(Object.entries(texts.labels));
  const filler = new Filler(lang, values, labels);
  const reason = texts.reasons[bundle.case.reason];
  const request = texts.requests[bundle.case.requestKind];
  const macro = (text: string) => text.replace('{reasonSentence}', reason).replace('{requestSentence}', request);
  const recipient = RECIPIENT[kind];
  let made: { subject: string; body: string };
  if (kind === 'withdrawal-form') {
    made = withdrawalForm(filler, texts, facts.region, lang);
  } else {
    const raw = texts.letters[kind](facts.region);
    const t: TemplateText = { ...raw, paragraphs: raw.paragraphs.map((p) => (typeof p === 'string' ? macro(p) : { ...p, text: macro(p.text) })) };
    made = letterText(lang === 'fr' ? spaced(t) : t, filler, recipient, lang, kind !== 'withdrawal-email');
  }
  const letter: Letter = {
    kind,
    lang,
    recipient,
    subject: made.subject,
    body: made.body,
    blanks: filler.blanks,
    rules: letterRules(kind, facts.region, lang),
    registeredPost: REGISTERED.has(kind),
  };
  if (replyBy) letter.replyBy = replyBy;
  return letter;
}
