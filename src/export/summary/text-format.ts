/**
 * Labels and formats for documents made in a language chosen at export (English or French), which
 * may differ from the app's language: the summary text and the PDF dossier both read through here.
 */
import { formatInstant, formatIsoDate, formatDuration, zoneAbbreviation } from '../../domain/dates';
import { formatMoney } from '../../domain/money';
import type {
  CaseOutcome,
  CaseStatus,
  Channel,
  Direction,
  EvidenceKind,
  Instant,
  InteractionOutcome,
  IsoDate,
  Money,
  PaymentMethod,
  Reason,
  Region,
  RequestKind,
} from '../../domain/types';
import type { Lang, MessageKey } from '../../i18n/messages';
import { translate, type Values } from '../../i18n/translate';

export interface DocFormat {
  lang: Lang;
  t: (key: MessageKey, values?: Values) => string;
  /** "10 Nov 2026, 10:30 GMT+1": an instant in the zone it happened in, with that zone named. */
  instant: (at: Instant, timeZone: string) => string;
  date: (d: IsoDate) => string;
  money: (m: Money) => string;
  /** Several currencies joined ("€13.99 + $5.00"); a zero in the given currency when the list is empty. */
  moneyList: (ms: Money[]) => string;
  duration: (sec: number) => string;
  channel: (c: Channel) => string;
  direction: (d: Direction) => string;
  outcome: (o: InteractionOutcome) => string;
  reason: (r: Reason) => string;
  requestKind: (r: RequestKind) => string;
  caseOutcome: (o: CaseOutcome) => string;
  status: (s: CaseStatus) => string;
  payment: (p: PaymentMethod) => string;
  region: (r: Region) => string;
  evidenceKind: (k: EvidenceKind) => string;
}

export function docFormat(lang: Lang): DocFormat {
  const t = (key: MessageKey, values?: Values) => translate(lang, key, values);
  const money = (m: Money) => formatMoney(m, lang);
  return {
    lang,
    t,
    instant: (at, tz) => `${formatInstant(at, tz, lang)} ${zoneAbbreviation(at, tz, lang)}`,
    date: (d) => formatIsoDate(d, lang),
    money,
    moneyList: (ms) => ms.map(money).join(' + '),
    duration: formatDuration,
    channel: (c) => t(`dossier.channel.${c}`),
    direction: (d) => t(`dossier.direction.${d}`),
    outcome: (o) => t(`dossier.outcome.${o}`),
    reason: (r) => t(`dossier.reason.${r}`),
    requestKind: (r) => t(`dossier.requestKind.${r}`),
    caseOutcome: (o) => t(`dossier.caseOutcome.${o}`),
    status: (s) => t(`dossier.status.${s}`),
    payment: (p) => t(`dossier.payment.${p}`),
    region: (r) => t(`dossier.region.${r}`),
    evidenceKind: (k) => t(`dossier.evidence.${k}`),
  };
}
