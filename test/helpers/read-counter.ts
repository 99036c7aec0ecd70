/**
 * Counts the records Dexie reads from IndexedDB (gets, queries and every cursor step), through a
 * DBCore middleware, so tests can check a screen reads only what it shows.
 */
import type { DBCore, DBCoreCursor, DBCoreTable } from 'dexie';
import type { RefundDatabase } from '../../src/db/database';

export interface ReadCounter {
  reads: number;
  byTable: Record<string, number>;
  reset(): void;
}

/** Installs the counter; the database is reopened so the middleware takes effect. */
export async function countReads(database: RefundDatabase): Promise<ReadCounter> {
  const counter: ReadCounter = {
    reads: 0,
    byTable: {},
    reset() {
      this.reads = 0;
      this.byTable = {};
    },
  };
  const add = (table: string, n: number) => {
    counter.reads += n;
    counter.byTable[table] = (counter.byTable[table] ?? 0) + n;
  };
  database.use({
    stack: 'dbcore',
    name: 'read-counter',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const t = down.table(name);
          return {
            ...t,
            get: async (req) => {
              const r = await t.get(req);
              if (r !== undefined) add(name, 1);
              return r;
            },
            getMany: async (req) => {
              const r = await t.getMany(req);
              add(name, r.filter((x) => x !== undefined).length);
              return r;
            },
            query: async (req) => {
              const r = await t.query(req);
              add(name, r.result.length);
              return r;
            },
            openCursor: async (req) => {
              const cursor = (await t.openCursor(req)) as DBCoreCursor | null;
              if (!cursor) return cursor;
              const start = cursor.start.bind(cursor);
              (cursor as { start: DBCoreCursor['start'] }).start = (onNext) =>
                start(() => {
                  add(name, 1);
                  onNext();
                });
              return cursor;
            },
          };
        },
      };
    },
  });
  database.close();
  await database.open();
  return counter;
}
