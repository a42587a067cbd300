/**
 * Runs once when a server starts, before it answers requests. A public production site must not
 * open with accounts anyone can sign in to, so it refuses to start while an account still has a
 * demo password (`npm start`'s setup step refuses earlier with the same message). Then it hands
 * the production server the checks it makes on every address (app/_server/address-gate.ts).
 */
export async function register(): Promise<void> {
  // The check needs Node (SQLite, Argon2): Next resolves NEXT_RUNTIME at build time, so the edge
  // bundle drops this import. The build runs the hook too, and must not be refused: a build serves
  // nobody, and the same database is checked again when the built server starts.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { refuseUnsafeStart, offerAddressGate } = await import('./instrumentation-node');
    await refuseUnsafeStart();
    await offerAddressGate();
  }
}
