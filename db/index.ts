import 'server-only';
import { env } from '@/lib/env';
import { type Db, openDatabase } from './client';

// One connection per server process. In development, hot reloads re-evaluate modules, so the
// connection lives on globalThis instead of leaking a new one per edit.
const globalForDb = globalThis as unknown as { bayanDb?: Db };

export const db: Db = globalForDb.bayanDb ?? openDatabase();
if (env.NODE_ENV !== 'production') globalForDb.bayanDb = db;
