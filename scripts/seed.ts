import { loadLocalEnv } from './local-env';
loadLocalEnv();

const { demoMode } = await import('../lib/env');
if (!demoMode) {
  // Demo users share a published password: a real installation must never get them.
  console.error('Not a demo installation (BAYAN_DEMO=0, or a SITE_URL that is not local): no demo content was added.');
  process.exit(1);
}

const { migrateDatabase, openDatabase } = await import('../db/client');
const { seedDemoContent } = await import('./seed-demo');

const db = openDatabase();
migrateDatabase(db);
console.log('Demo content:', await seedDemoContent(db));
