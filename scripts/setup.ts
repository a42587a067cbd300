import { ensureLocalSecrets, loadLocalEnv } from './local-env';

// Setup: secrets for a first run, migrations (idempotent), demo content on an empty database.
ensureLocalSecrets();
loadLocalEnv();

const { databasePath, migrateDatabase, openDatabase } = await import('../db/client');
const { hasAnyUser, seedDemoContent } = await import('./seed-demo');
const { backfillSearchText } = await import('../db/search-index');

const db = openDatabase();
migrateDatabase(db);
console.log(`Database ready at ${databasePath()}`);
if (hasAnyUser(db)) {
  console.log('Existing data kept (run `npm run db:seed` to add missing demo content).');
} else {
  const counts = await seedDemoContent(db);
  console.log('Demo content created:', counts);
}
const reindexed = backfillSearchText(db);
if (reindexed > 0) console.log(`Search text computed for ${reindexed} articles.`);
