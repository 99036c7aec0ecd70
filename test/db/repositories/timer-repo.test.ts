import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefundDatabase, openDatabase, switchDatabaseForTests } from '../../../src/db/database';
import { classifyWriteError } from '../../../src/lib/write-error';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction, logInteractionWithNewCase } from '../../../src/db/repositories/interaction-repo';
import { discardCall, endCall, holdCall, readCall, restoreCall, resumeCall, startCall } from '../../../src/db/repositories/timer-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);
const sec = (n: number) => T0 + n * 1000;
const ZONE = 'America/New_York';

let database: RefundDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('timer repository', () => {
  it('stores a started call as one record with a talk segment', async () => {
    const t = await startCall('case-1', T0, ZONE);
    expect(await database.timers.toArray()).toEqual([t]);
    expect(t).toMatchObject({ id: 'current', caseId: 'case-1', startedAt: T0, timeZone: ZONE });
  });

  it('keeps the running call when start is pressed again', async () => {
    await startCall('case-1', T0, ZONE);
    const again = await startCall('case-2', sec(30), ZONE);
    expect(again.caseId).toBe('case-1');
    expect(again.startedAt).toBe(T0);
    expect(await database.timers.count()).toBe(1);
  });

  it('writes every hold and resume, and ends with the right durations, keeping the ended call stored', async () => {
    await startCall(undefined, T0, ZONE);
    await holdCall(sec(120));
    await resumeCall(sec(1320));
    await holdCall(sec(1380));
    await resumeCall(sec(1500));
    expect((await readCall())?.segments.map((s) => s.kind)).toEqual(['talk', 'hold', 'talk', 'hold', 'talk']);
    const d = await endCall(sec(1560));
    expect(d).toEqual({ startedAt: T0, timeZone: ZONE, talkSec: 240, holdSec: 1320, totalSec: 1560 });
    const ended = await readCall();
    expect(ended?.endedAt).toBe(sec(1560));
    expect(ended?.segments.every((s) => s.end !== undefined)).toBe(true);
    // Pressed again later (a second tap, another tab): same times, nothing rewritten.
    expect(await endCall(sec(9000))).toEqual(d);
    expect(await readCall()).toEqual(ended);
  });

  it('keeps an ended call waiting: start returns it and hold or resume change nothing', async () => {
    await startCall('case-1', T0, ZONE);
    await endCall(sec(60));
    const ended = await readCall();
    expect(await startCall('case-2', sec(120), ZONE)).toEqual(ended);
    await holdCall(sec(130));
    await resumeCall(sec(140));
    expect(await readCall()).toEqual(ended);
  });

  it('discards an ended call, and undo puts it back ended', async () => {
    await startCall('case-1', T0, ZONE);
    await endCall(sec(60));
    const removed = await discardCall();
    expect(await database.timers.count()).toBe(0);
    expect(await restoreCall(removed!)).toBe(true);
    expect((await readCall())?.endedAt).toBe(sec(60));
  });

  it('rebuilds a call on hold from IndexedDB after the app is closed and opened again', async () => {
    await startCall('case-9', T0, ZONE);
    await holdCall(sec(60));
    const name = database.name;
    database.close();
    // A new page load: a new connection to the same database.
    const reopened = switchDatabaseForTests(name);
    await openDatabase(reopened);
    const running = await readCall();
    expect(running?.segments.at(-1)).toEqual({ kind: 'hold', start: sec(60) });
    await resumeCall(sec(2460));
    expect(await endCall(sec(2520))).toMatchObject({ caseId: 'case-9', talkSec: 120, holdSec: 2400, totalSec: 2520 });
  });

  it('does nothing when no call runs', async () => {
    expect(await holdCall(T0)).toBeUndefined();
    expect(await resumeCall(T0)).toBeUndefined();
    expect(await endCall(T0)).toBeUndefined();
    expect(await discardCall()).toBeUndefined();
    expect(await database.timers.count()).toBe(0);
  });

  it('discards a call and can put it back', async () => {
    await startCall('case-1', T0, ZONE);
    await holdCall(sec(10));
    const removed = await discardCall();
    expect(await readCall()).toBeUndefined();
    expect(await restoreCall(removed!)).toBe(true);
    expect(await readCall()).toEqual(removed);
  });

  it('does not let an undo overwrite a call started since', async () => {
    const first = await startCall('case-1', T0, ZONE);
    await discardCall();
    await startCall('case-2', sec(5), ZONE);
    expect(await restoreCall(first)).toBe(false);
    expect((await readCall())?.caseId).toBe('case-2');
  });

  it('refuses to write once another tab upgraded the database, and the error names the cause', async () => {
    await startCall(undefined, T0, ZONE);
    // Another tab opens a newer version: this connection gets versionchange and closes itself.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(database.name, 1000);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const error = await holdCall(sec(5)).catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('closed');
  });
});

describe('logging an ended call', () => {
  async function endedCallOnCase() {
    const caseId = await createCase(caseInput(), { now: T0 - 1000 });
    await startCall(caseId, T0, ZONE);
    await endCall(sec(300));
    return caseId;
  }

  it('removes the ended call in the same save as the interaction', async () => {
    const caseId = await endedCallOnCase();
    await logInteraction(interactionInput(caseId, { occurredAt: T0, talkSec: 300 }), { now: sec(400), endedCallStartedAt: T0 });
    expect(await database.interactions.where('caseId').equals(caseId).count()).toBe(1);
    expect(await readCall()).toBeUndefined();
  });

  it('removes it when the contact starts a new case too', async () => {
    await startCall(undefined, T0, ZONE);
    await endCall(sec(300));
    const { caseId } = await logInteractionWithNewCase(caseInput(), interactionInput('unused', { occurredAt: T0 }), { now: sec(400), endedCallStartedAt: T0 });
    expect(await database.cases.get(caseId)).toBeDefined();
    expect(await readCall()).toBeUndefined();
  });

  it('leaves a running call, or another ended call, alone', async () => {
    const caseId = await createCase(caseInput(), { now: T0 - 1000 });
    await startCall(caseId, T0, ZONE);
    await logInteraction(interactionInput(caseId), { now: sec(10), endedCallStartedAt: T0 });
    expect(await readCall()).toMatchObject({ startedAt: T0 });
    await endCall(sec(20));
    await logInteraction(interactionInput(caseId), { now: sec(30), endedCallStartedAt: T0 - 5000 });
    await logInteraction(interactionInput(caseId), { now: sec(40) });
    expect((await readCall())?.endedAt).toBe(sec(20));
  });

  it('keeps the ended call when the save fails, and writes no interaction', async () => {
    const caseId = await endedCallOnCase();
    const ended = await readCall();
    const error = await logInteraction(interactionInput('no-such-case'), { now: sec(400), endedCallStartedAt: T0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await readCall()).toEqual(ended);
    expect(await database.interactions.where('caseId').equals(caseId).count()).toBe(0);
  });

  it('is all or nothing: a failure after the timer was removed puts it back with no interaction written', async () => {
    const caseId = await endedCallOnCase();
    const ended = await readCall();
    const remove = database.timers.delete.bind(database.timers);
    vi.spyOn(database.timers, 'delete').mockImplementationOnce((key) =>
      remove(key).then(() => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    );
    const error = await logInteraction(interactionInput(caseId, { occurredAt: T0 }), { now: sec(400), endedCallStartedAt: T0 }).catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('quota');
    expect(await readCall()).toEqual(ended);
    expect(await database.interactions.where('caseId').equals(caseId).count()).toBe(0);
  });
});
