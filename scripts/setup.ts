import { ensureLocalSecrets, loadLocalEnv } from './local-env';

// Setup: secrets for a first run, migrations (idempotent), demo content on an empty database in
// demo mode only, and, before `npm start` builds anything, the refusal of demo passwords on a
// public production site (the server checks again when it starts).
ensureLocalSecrets();
loadLocalEnv();

const { demoMode, env } = await import('../lib/env');
const { createAdminCommand } = await import('../lib/demo-mode');
const { databasePath, migrateDatabase, openDatabase } = await import('../db/client');
const { demoPasswordStartRefusal } = await import('../db/demo-accounts');
const { hasAnyUser, seedDemoContent } = await import('./seed-demo');
const { backfillSearchText } = await import('../db/search-index');

const db = openDatabase();
migrateDatabase(db);
console.log(`Database ready at ${databasePath()}`);
if (hasAnyUser(db)) {
  console.log(demoMode ? 'Existing data kept (run `npm run db:seed` to add missing demo content).' : 'Existing data kept.');
} else if (demoMode) {
  const counts = await seedDemoContent(db);
  console.log('Demo mode: demo content created:', counts);
} else {
  console.log(
    [
      'Real installation (BAYAN_DEMO=0, or a SITE_URL that is not local): no demo users or content were created.',
      'Create the first administrator (it asks for the password, or reads BAYAN_ADMIN_PASSWORD):',
      `  ${createAdminCommand}`,
    ].join('\n'),
  );
}

const refusal = await demoPasswordStartRefusal(db, env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const reindexed = backfillSearchText(db);
if (reindexed > 0) console.log(`Search text computed for ${reindexed} articles.`);
