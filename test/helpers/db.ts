/** A fresh, uniquely named database per test, so tests never share state. */
import { openDatabase, switchDatabaseForTests, type RefundDatabase } from '../../src/db/database';

let counter = 0;

export async function freshDatabase(): Promise<RefundDatabase> {
  counter += 1;
  const database = switchDatabaseForTests(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
  await openDatabase(database);
  return database;
}
