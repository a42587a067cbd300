import { loadLocalEnv } from './local-env';
loadLocalEnv();

const { databasePath, migrateDatabase, openDatabase } = await import('../db/client');
migrateDatabase(openDatabase());
console.log(`Migrations applied to ${databasePath()}`);
