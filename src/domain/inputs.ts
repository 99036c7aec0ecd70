/** What the forms hand to the repositories: the fields a person sets, already validated. */
import type {
  CaseOutcome,
  CaseRecord,
  CaseStatus,
  Channel,
  Direction,
  InteractionOutcome,
  IsoDate,
  Money,
  PaymentMethod,
  Reason,
  Region,
  RequestKind,
} from './types';

export interface ChargeInput {
  /** Present when editing an existing charge. */
  id?: string;
  chargedOn: IsoDate;
  statementOn?: IsoDate;
  amount: Money;
  description?: string;
}

export interface CaseInput {
  company: string;
  product: string;
  reason: Reason;
  accountId: string;
  region: Region | '';
  paymentMethod: PaymentMethod | '';
  subscriptionStartedOn?: IsoDate;
  cancelledOn?: IsoDate;
  requestKind: RequestKind;
  request: string;
  status?: CaseStatus;
  outcome?: CaseOutcome;
  refunded: Money[];
  charges: ChargeInput[];
}

export interface InteractionInput {
  caseId: string;
  occurredAt: number;
  timeZone: string;
  channel: Channel;
  direction: Direction;
  durationSec?: number;
  talkSec?: number;
  holdSec?: number;
  agentName: string;
  agentId: string;
  references: string[];
  summary: string;
  outcome: InteractionOutcome;
  promisedBy?: IsoDate;
}

export type CaseFields = Omit<CaseRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastActivityAt' | 'nextDueAt' | 'disputed' | 'words' | 'timeZone' | 'companyKey'>;
