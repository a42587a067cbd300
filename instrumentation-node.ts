/** The Node half of instrumentation.ts: the start-up checks that need the database, and the address gate. */
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

/**
 * Hands the address gate (app/_server/address-gate.ts) to the production server, which left a
 * function to take it under this key. server.mjs is plain JavaScript run by Node, so it cannot
 * import the app's TypeScript; this module is built by Next with the app and runs in its process.
 */
const addressGateKey = Symbol.for('bayan.addressGate');

export async function offerAddressGate(): Promise<void> {
  const take: unknown = Reflect.get(globalThis, addressGateKey);
  if (typeof take !== 'function') {
    // `next start`: moved addresses, withdrawn releases and broken escapes would go unanswered.
    if (process.env.NODE_ENV === 'production') {
      refuseToStart('Start Bayan with `npm start` (node server.mjs), not `next start`: server.mjs answers moved and withdrawn addresses before Next (README, "Deploying a real installation").');
    }
    return;
  }
  const { answerAddress } = await import('./app/_server/address-gate');
  take(answerAddress);
}
