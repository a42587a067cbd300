/** The Node half of instrumentation.ts: the start-up checks that need the database. */
export async function refuseUnsafeStart(): Promise<void> {
  try {
    // Imported here, inside the try: lib/env validates the environment as it loads.
    const [{ env }, { openDatabase }, { demoPasswordStartRefusal }] = await Promise.all([import('./lib/env'), import('./db/client'), import('./db/demo-accounts')]);
    const db = openDatabase();
    const refusal = await demoPasswordStartRefusal(db, env).finally(() => db.$client.close());
    if (refusal) refuseToStart(refusal);
  } catch (error) {
    // An invalid environment or a database that cannot be read: a server that cannot make the
    // check does not start either.
    refuseToStart(error);
  }
}

function refuseToStart(reason: unknown): never {
  console.error(reason);
  // A throw from register() is only logged ("Failed to prepare server") and the server keeps
  // listening, failing each request: exiting is what makes the start fail.
  process.exit(1);
}
