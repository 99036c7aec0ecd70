// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { RefundDatabase, openDatabase, switchDatabaseForTests } from '../../src/db/database';
import { classifyWriteError } from '../../src/db/errors';
import { discardCall, endCall, holdCall, readCall, restoreCall, resumeCall, startCall } from '../../src/db/repositories/timer-repo';
import { freshDatabase } from '../helpers/db';

const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);
const sec = (n: number) => T0 + n * 1000;
const ZONE = 'America/New_York';

let database: RefundDatabase;
beforeEach(async () => {
  database = await freshDatabase();
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

  it('writes every hold and resume, and ends with the right durations and no timer left', async () => {
    await startCall(undefined, T0, ZONE);
    await holdCall(sec(120));
    await resumeCall(sec(1320));
    await holdCall(sec(1380));
    await resumeCall(sec(1500));
    expect((await readCall())?.segments.map((s) => s.kind)).toEqual(['talk', 'hold', 'talk', 'hold', 'talk']);
    const d = await endCall(sec(1560));
    expect(d).toEqual({ startedAt: T0, timeZone: ZONE, talkSec: 240, holdSec: 1320, totalSec: 1560 });
    expect(await readCall()).toBeUndefined();
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
