import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseCalendar, calendarFileName, wordOutlook } from '../../../src/export/ics';
import type { DossierDeadline, DossierStep } from '../../../src/export/pdf/dossier-types';
import { bundle, PARIS, SETTINGS, type BundleSpec } from '../../domain/follow-up/build';

const NOW = Date.UTC(2026, 10, 10, 9); // Tuesday 10 November 2026
const APP = 'https://refunds.example';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

const spec: BundleSpec = {
  created: '2026-11-02T09:00',
  case: { id: 'case-1', company: 'Acme, Inc.; "Streaming"\\Plus', subscriptionStartedOn: '2026-11-02', reason: 'cancellation-issue' },
  charges: [{ on: '2026-11-01', id: 'ch1' }],
  log: [{ on: '2026-11-09T10:00', outcome: 'reply-promised', promisedBy: '2026-11-13', refs: ['T-778', 'CS,1;2'], id: 'p1' }],
};

describe('a case calendar parsed back with ical.js', () => {
  const text = caseCalendar(bundle(spec), SETTINGS, { lang: 'en', now: NOW, timeZone: PARIS, appUrl: APP });
  const { cal, events } = parse(text);

  it('is a VERSION 2.0 calendar with a PRODID, CRLF lines of at most 75 octets', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Refund Tracker/);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one all-day event per step and deadline, with stable unique UIDs', () => {
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(
      expect.arrayContaining([
        'case-1.promise-missed.p1@refund-tracker',
        'case-1.gather-evidence.cancellation-confirmation@refund-tracker',
        'case-1.deadline.eu-withdrawal@refund-tracker',
        'case-1.deadline.card-dispute-ch1@refund-tracker',
      ]),
    );
    const again = parse(caseCalendar(bundle(spec), SETTINGS, { lang: 'en', now: NOW + 3600_000, timeZone: PARIS, appUrl: APP })).events;
    expect(again.map((e) => e.getFirstPropertyValue('uid'))).toEqual(uids);
  });

  it('writes dates as VALUE=DATE and escapes text that comes back unchanged', () => {
    const promise = events.find((e) => e.getFirstPropertyValue('uid') === 'case-1.promise-missed.p1@refund-tracker')!;
    const start = promise.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-11-13');
    expect((promise.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-11-14');
    expect(promise.getFirstProperty('dtstart')!.toICALString()).toContain('VALUE=DATE');
    expect(promise.getFirstPropertyValue('summary')).toBe('Acme, Inc.; "Streaming"\\Plus: Follow up on their promise');
    const description = promise.getFirstPropertyValue('description') as string;
    expect(description).toContain('They promised a reply by 13 Nov 2026 (reference T-778)');
    expect(description).toContain('References to quote: T-778, CS,1;2');
    expect(promise.getFirstPropertyValue('url')).toBe(`${APP}/cases/case-1?action=log`);
    expect((promise.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime()).toBe(NOW / 1000);
  });

  it('gives alarms: steps at 09:00 on the day, closing deadlines also three days before', () => {
    const alarms = (uid: string) =>
      events
        .find((e) => e.getFirstPropertyValue('uid') === uid)!
        .getAllSubcomponents('valarm')
        .map((a) => ({ action: a.getFirstPropertyValue('action'), seconds: (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() }));
    expect(alarms('case-1.promise-missed.p1@refund-tracker')).toEqual([{ action: 'DISPLAY', seconds: 9 * 3600 }]);
    expect(alarms('case-1.deadline.eu-withdrawal@refund-tracker')).toEqual([
      { action: 'DISPLAY', seconds: -(2 * 86400 + 15 * 3600) },
      { action: 'DISPLAY', seconds: 9 * 3600 },
    ]);
  });

  it('describes a deadline with how it is counted, its source and date checked, and "not legal advice"', () => {
    const w = events.find((e) => e.getFirstPropertyValue('uid') === 'case-1.deadline.eu-withdrawal@refund-tracker')!;
    expect((w.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-11-16');
    expect(w.getFirstPropertyValue('summary')).toContain('last safe day, 14-day right of withdrawal');
    const d = w.getFirstPropertyValue('description') as string;
    expect(d).toContain('starting the day after');
    expect(d).toContain('Directive 2011/83/EU');
    expect(d).toContain('checked December 2026');
    expect(d).toContain('Information, not legal advice.');
  });
});

describe('what goes in', () => {
  const uids = (s: BundleSpec, now = NOW) => parse(caseCalendar(bundle(s), SETTINGS, { lang: 'en', now, timeZone: PARIS })).events.map((e) => e.getFirstPropertyValue('uid') as string);

  it('leaves out done steps and dismissed or passed deadlines, and puts an overdue step on today', () => {
    const base: BundleSpec = { case: { id: 'c2', subscriptionStartedOn: '2026-11-02' }, charges: [{ on: '2026-11-01', id: 'x' }], log: [{ on: '2026-11-02T10:00', id: 'i1' }] };
    expect(uids(base)).toEqual(['c2.no-reply.i1@refund-tracker', 'c2.deadline.eu-withdrawal@refund-tracker', 'c2.deadline.card-dispute-x@refund-tracker']);
    const marked = { ...base, marks: [{ ruleId: 'no-reply', eventKey: 'i1', state: 'done' as const }], overrides: [{ deadlineId: 'card-dispute:x', dismissed: true, updatedAt: 1 }] };
    expect(uids(marked)).toEqual(['c2.deadline.eu-withdrawal@refund-tracker']);
    expect(uids(base, Date.UTC(2026, 11, 1, 9))).toEqual(['c2.no-reply.i1@refund-tracker', 'c2.deadline.card-dispute-x@refund-tracker']);
    const overdue = parse(caseCalendar(bundle(base), SETTINGS, { lang: 'en', now: Date.UTC(2026, 10, 20, 9), timeZone: PARIS })).events[0]!;
    expect((overdue.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-11-20');
  });

  it('puts a snoozed step on the day its snooze ends', () => {
    const s: BundleSpec = { case: { id: 'c3', paymentMethod: 'paypal' }, log: [{ on: '2026-11-02T10:00', id: 'i1' }], marks: [{ ruleId: 'no-reply', eventKey: 'i1', state: 'snoozed', until: Date.UTC(2026, 10, 12, 8) }] };
    const [e] = parse(caseCalendar(bundle(s), SETTINGS, { lang: 'en', now: NOW, timeZone: PARIS })).events;
    expect((e!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-11-12');
  });

  it('speaks French', () => {
    const text = caseCalendar(bundle(spec), SETTINGS, { lang: 'fr', now: NOW, timeZone: PARIS });
    const { cal, events } = parse(text);
    // X- properties default to TEXT (RFC 5545 3.8.8.2) and are escaped; ical.js hands them back raw.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Refund Tracker : Acme\\, Inc.\\; "Streaming"\\\\Plus');
    const w = events.find((e) => e.getFirstPropertyValue('uid') === 'case-1.deadline.eu-withdrawal@refund-tracker')!;
    expect(w.getFirstPropertyValue('description')).toContain('vérifiée en décembre 2026');
    expect(w.getFirstPropertyValue('description')).toContain('Information, pas un conseil juridique.');
  });

  it('names the file after the company and the day', () => {
    expect(calendarFileName('Télé Düsseldorf, Inc.', NOW, PARIS)).toBe('refund-tele-dusseldorf-inc-2026-11-10.ics');
    expect(calendarFileName('返金', NOW, PARIS)).toBe('refund-case-2026-11-10.ics');
  });
});

describe('worded outlook (what a printed dossier can list)', () => {
  it('words steps and deadlines in the language, soonest first', () => {
    const o = wordOutlook(bundle(spec), SETTINGS, 'fr', NOW, PARIS);
    expect(o.steps.map((s) => s.title)).toEqual(['Joindre la confirmation de résiliation', 'Relancer sur leur promesse']);
    expect(o.steps[1]!.why).toBe('Ils ont promis une réponse au plus tard le 13 nov. 2026 (référence T-778) et rien n’est arrivé.');
    expect(o.deadlines.map((d) => [d.date, d.source.slice(0, 16), d.checked])).toEqual([
      ['2026-11-16', 'Directive 2011/8', 'décembre 2026'],
      ['2027-03-01', 'Visa Core Rules ', 'décembre 2026'],
    ]);
    expect(o.deadlines[0]!.note).toMatch(/Information, pas un conseil juridique\.$/);
  });

  it('fits the printed dossier’s step and deadline shapes as they are', () => {
    const o = wordOutlook(bundle(spec), SETTINGS, 'en', NOW, PARIS);
    const steps: DossierStep[] = o.steps;
    const deadlines: DossierDeadline[] = o.deadlines;
    expect(steps.map((s) => s.why)).toContain('They promised a reply by 13 Nov 2026 (reference T-778) and nothing came in.');
    expect(deadlines[0]).toMatchObject({ title: '14-day right of withdrawal', date: '2026-11-16', checked: 'December 2026', overridden: false });
  });
});
