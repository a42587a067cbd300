import { loadLocalEnv } from './local-env';
loadLocalEnv();

const { migrateDatabase, openDatabase } = await import('../db/client');
const { seedDemoContent } = await import('./seed-demo');

const db = openDatabase();
migrateDatabase(db);
console.log('Demo content:', await seedDemoContent(db));
