import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDateOf } from '../../../src/domain/dates';
import { CalendarButton } from '../../../src/features/follow-ups/calendar-button';
import { useUiStore } from '../../../src/stores/ui-store';
import { bundle, SETTINGS } from '../../domain/follow-up/build';

// 10:30 UTC: already 23 November in Kiritimati (UTC+14), still 21 November in Pago Pago (UTC-11).
const NOW = Date.UTC(2026, 10, 22, 10, 30);
const DEVICE = Intl.DateTimeFormat().resolvedOptions().timeZone;
// Whatever the device's zone, one of the two falls on another day than the device at NOW.
const CASE_ZONE = isoDateOf(NOW, DEVICE) === '2026-11-23' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
const CASE_DAY = isoDateOf(NOW, CASE_ZONE);

const { createObjectURL, revokeObjectURL } = URL;
let blobs: Blob[];
let names: string[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  useUiStore.setState({ lang: 'en' });
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:calendar';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe('calendar export button', () => {
  it("counts the calendar's days in the case's zone, not the device's", async () => {
    expect(CASE_DAY).not.toBe(isoDateOf(NOW, DEVICE));
    // A follow-up long overdue: the calendar puts it on "today", which is the case's today.
    const b = bundle({ timeZone: CASE_ZONE, created: '2026-11-02T09:00', case: { paymentMethod: 'paypal' }, log: [{ on: '2026-11-02' }] });
    render(<CalendarButton bundle={b} settings={SETTINGS} />);
    await userEvent.setup({ advanceTimers: () => undefined }).click(screen.getByRole('button', { name: /calendar/i }));

    expect(names).toEqual([`refund-netflix-${CASE_DAY}.ics`]);
    const text = await blobs[0]!.text();
    expect(text).toContain(`DTSTART;VALUE=DATE:${CASE_DAY.replaceAll('-', '')}`);
  });
});
