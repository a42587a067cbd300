import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';
import { demoPassword, demoUsers } from './helpers/auth';
import { auditDatabase, emptyLedger, runDesk, signInStaff } from './helpers/editor-workload';
import { copyTestDatabase, startOwnServer } from './helpers/own-server';
import { toolEnv } from '../lib/env';

/*
 * A crash loses nothing that was acknowledged. The production server, on its own copy of the
 * database, serves three desks saving (two tabs at once, so conflicts too), commenting and taking
 * articles through review and publication; it is killed with SIGKILL in the middle of that burst,
 * at a different moment each time, and restarted. After each restart SQLite must find the file
 * whole, and every save, comment and transition the server answered must be there, with its
 * revision and audit entry, and no save half-written.
 */

const port = toolEnv().E2E_CRASH_PORT;
// The kill comes once this many answers of the round are in, with the other desks' requests in
// flight: at different points of the cycle (creating, saving, reviewing, publishing), since a
// desk's cycle is about ten calls. Counted in answers, not milliseconds: a cold server answers its
// first requests slowly, and more so on a busy machine.
const killMoments = [1, 4, 9, 15, 22];

test('the server killed mid-burst loses no acknowledged save, five times over', async () => {
  // Six server starts dominate its time: 5–7 s each measured at a load average near 20 on two cores.
  test.setTimeout(180_000);
  const { dir, databaseFile, mediaDir } = await copyTestDatabase('bayan-crash-');
  const server = await startOwnServer({ port, databaseFile, mediaDir });
  try {
    const staff = await signInStaff(server.origin, demoPassword, { writer: demoUsers.writer, reviewer: demoUsers.reviewer });
    const ledger = emptyLedger();
    for (const [round, moment] of killMoments.entries()) {
      await test.step(`kill ${round + 1}, after ${moment} answers`, async () => {
        const savesBefore = ledger.saves.length;
        const callsBefore = ledger.calls;
        let running = true;
        // Requests cut off by the kill reject; what was answered before is in the ledger.
        let settled = false;
        const desks = Promise.allSettled([1, 2, 3].map((desk) => runDesk(staff, ledger, { name: `Crash ${round + 1}.${desk}`, keepGoing: () => running }))).then((results) => {
          settled = true;
          return results;
        });
        while (ledger.calls - callsBefore < moment && !settled) await sleep(5);
        expect(ledger.failures, 'the desks were still working when the kill came').toEqual([]);
        await server.kill();
        running = false;
        await desks;
        await server.start();
        expect(auditDatabase(databaseFile, ledger)).toEqual([]);
        test.info().annotations.push({ type: 'crash', description: `kill ${round + 1} after ${moment} answers: ${ledger.saves.length - savesBefore} saves acknowledged before it, all present` });
      });
    }
    // The runs did real work: saves and conflicts, comments, publications, all of it accounted for above.
    expect(ledger.saves.length).toBeGreaterThan(killMoments.length);
    expect(ledger.failures).toEqual([]);
    expect(ledger.textsLeftUnsaved).toEqual([]);
    test.info().annotations.push({
      type: 'crash totals',
      description: `${killMoments.length} kills survived; ${ledger.saves.length} saves, ${ledger.comments.length} comments, ${ledger.transitions.length} transitions acknowledged and found; ${ledger.conflicts} conflicts, ${ledger.conflictsKept} kept the writer's text; restarts took ${server.startTimes.slice(1).join(', ')} ms`,
    });
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
