/**
 * Runs once when a server starts, before it answers requests. A public production site must not
 * open with accounts anyone can sign in to, so it refuses to start while an account still has a
 * demo password (`npm start`'s setup step refuses earlier with the same message).
 */
export async function register(): Promise<void> {
  // The check needs Node (SQLite, Argon2); the build runs this hook too, and must not be refused:
  // a build serves nobody, and the same database is checked again when the built server starts.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ env }, { openDatabase }, { demoPasswordStartRefusal }] = await Promise.all([import('./lib/env'), import('./db/client'), import('./db/demo-accounts')]);
  const db = openDatabase();
  const refusal = await demoPasswordStartRefusal(db, env);
  db.$client.close();
  if (refusal) {
    console.error(refusal);
    // A throw here is only logged ("Failed to prepare server") and the server keeps listening,
    // failing each request: exiting is what makes the start fail.
    process.exit(1);
  }
}
