import { describe, expect, it } from 'vitest';
import { endTimer, holdTimer, startTimer } from '../../../src/domain/timer';
import { formPrefill } from '../../../src/features/log/call-prefill';

const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);
const sec = (n: number) => T0 + n * 1000;
const ended = endTimer(holdTimer(startTimer(T0, 'Europe/Paris', 'case-1'), sec(60)), sec(300));
const fromCall = { channel: 'phone', at: T0, talkSec: 60, holdSec: 240 };

describe('formPrefill', () => {
  it('falls back to the ended call of the same case when the address has no times', () => {
    expect(formPrefill('', ended, 'case-1', false)).toEqual({ prefill: fromCall, endedCallStartedAt: T0 });
  });

  it('takes the address first, and still logs the ended call it describes', () => {
    expect(formPrefill(`?channel=phone&at=${T0}&talk=60&hold=240`, ended, 'case-1', false)).toEqual({ prefill: fromCall, endedCallStartedAt: T0 });
    expect(formPrefill('?channel=email', ended, 'case-1', false)).toEqual({ prefill: { channel: 'email' } });
  });

  it('ignores a running call, a call of another case, and an edit', () => {
    const running = startTimer(T0, 'Europe/Paris', 'case-1');
    expect(formPrefill('', running, 'case-1', false)).toEqual({ prefill: {} });
    expect(formPrefill('', ended, 'case-2', false)).toEqual({ prefill: {} });
    expect(formPrefill('', ended, undefined, false)).toEqual({ prefill: {} });
    expect(formPrefill('', ended, 'case-1', true)).toEqual({ prefill: {} });
    expect(formPrefill('', null, 'case-1', false)).toEqual({ prefill: {} });
  });

  it('fills /log from an ended call that had no case', () => {
    const noCase = endTimer(startTimer(T0, 'Europe/Paris'), sec(30));
    expect(formPrefill('', noCase, undefined, false)).toEqual({ prefill: { channel: 'phone', at: T0, talkSec: 30, holdSec: 0 }, endedCallStartedAt: T0 });
  });
});
