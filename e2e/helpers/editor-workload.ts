import Database from 'better-sqlite3';
import { type ActionAnswer, HttpError, StaffSession } from './newsroom-http';

/*
 * A newsroom at work, over HTTP, with a ledger of everything the server acknowledged: for the
 * crash test (e2e/crash-safety.spec.ts) and the load benchmark (scripts/bench/load.ts), which then
 * check that the database holds every acknowledged save, comment and transition.
 *
 * A desk is one English article worked on by two tabs of its writer, saving at the same moment
 * (one of the two gets a conflict and keeps its own text, as the editor's "Keep mine" does), and
 * a reviewer who comments, approves, publishes, unpublishes and sends it back to draft.
 */

export interface Ledger {
  /** Articles the desks created: their every save is checked for a torn write. */
  articles: number[];
  /** Saves the server acknowledged: each must be a revision of that version, with its audit entry. */
  saves: { articleId: number; version: number; title: string }[];
  comments: { articleId: number; body: string }[];
  transitions: { articleId: number; action: string }[];
  /** Conflict answers, and those whose writer's text was then saved ("Keep mine"). */
  conflicts: number;
  conflictsKept: number;
  /** Texts a conflict answer left with the writer that never reached the database. */
  textsLeftUnsaved: string[];
  /** Answers that are neither a success nor a conflict: a refusal, a server error. */
  failures: string[];
  /** Action calls answered (whatever the answer), and their times in milliseconds. */
  calls: number;
  latencies: number[];
}

export const emptyLedger = (): Ledger => ({ articles: [], saves: [], comments: [], transitions: [], conflicts: 0, conflictsKept: 0, textsLeftUnsaved: [], failures: [], calls: 0, latencies: [] });

export interface Staff {
  writer: StaffSession;
  writerTab: StaffSession;
  reviewer: StaffSession;
}

/** Signs in the desk's people once; their sessions survive server restarts (signed cookies). */
export async function signInStaff(origin: string, password: string, { writer, reviewer }: { writer: string; reviewer: string }): Promise<Staff> {
  return {
    writer: await new StaffSession(origin, writer).signIn(password),
    writerTab: await new StaffSession(origin, writer).signIn(password),
    reviewer: await new StaffSession(origin, reviewer).signIn(password),
  };
}

type SaveData = { status: 'saved'; version: number } | { status: 'conflict'; current: { version: number } };

function bodyOf(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/**
 * Works one desk until `keepGoing()` says stop; every acknowledged step goes into the ledger.
 * A request cut off by a crash rejects: the desk stops there, having recorded only what was answered.
 */
export async function runDesk(staff: Staff, ledger: Ledger, { name, keepGoing }: { name: string; keepGoing: () => boolean }): Promise<void> {
  const { writer, writerTab, reviewer } = staff;
  const timed = async <T>(call: () => Promise<ActionAnswer<T>>): Promise<ActionAnswer<T>> => {
    const started = performance.now();
    try {
      const answer = await call();
      ledger.calls += 1;
      ledger.latencies.push(performance.now() - started);
      return answer;
    } catch (error) {
      // An error status is a failure; a connection cut off (the server killed) is only the end.
      if (error instanceof HttpError) ledger.failures.push(`${name}: ${error.message}`);
      throw error;
    }
  };
  const articleId = await writer.createArticle('en', `${name}: a statement under load`);
  ledger.articles.push(articleId);
  const page = `/en/admin/articles/${articleId}`;
  let version = 1;

  /** One tab saves its text; on a conflict it keeps its own text and saves again on the new version. */
  const save = async (tab: StaffSession, title: string, base: number): Promise<number | null> => {
    let baseVersion = base;
    for (let attempt = 0; attempt < 5; attempt++) {
      const fields = { title, slug: `load-${articleId}`, summary: '', datelineCity: 'Geneva', source: 'Press office', categoryId: null, tags: [], publishAt: '', body: bodyOf(`${title}. Body text.`), featuredMediaId: null };
      const answer = await timed(() => tab.action<SaveData>('saveArticleAction', page, { id: articleId, baseVersion, kind: 'save', fields }));
      if (!answer.ok) {
        ledger.failures.push(`${name} save: ${answer.code} ${answer.message}`);
        return null;
      }
      if (answer.data.status === 'saved') {
        ledger.saves.push({ articleId, version: answer.data.version, title });
        if (attempt > 0) ledger.conflictsKept += 1;
        return answer.data.version;
      }
      ledger.conflicts += 1;
      baseVersion = answer.data.current.version;
    }
    ledger.textsLeftUnsaved.push(title);
    return null;
  };

  const step = async (session: StaffSession, action: string, extra: Record<string, string> = {}) => {
    const answer = await timed(() => session.action('transitionAction', page, { id: articleId, action, ...extra }));
    if (answer.ok) ledger.transitions.push({ articleId, action });
    else ledger.failures.push(`${name} ${action}: ${answer.code} ${answer.message}`);
    return answer.ok;
  };

  for (let round = 1; keepGoing(); round++) {
    // Both tabs save from the same version at once: one is saved, the other keeps its text.
    const saved = await Promise.all([save(writer, `${name} round ${round} tab A`, version), save(writerTab, `${name} round ${round} tab B`, version)]);
    version = Math.max(version, ...saved.map((value) => value ?? 0));
    if (!keepGoing()) break;
    if (!(await step(writer, 'submit'))) return;
    const body = `${name} round ${round}: checked, ready to go.`;
    const comment = await timed(() => reviewer.action('addCommentAction', page, { id: articleId, body }));
    if (comment.ok) ledger.comments.push({ articleId, body });
    else ledger.failures.push(`${name} comment: ${comment.code} ${comment.message}`);
    for (const action of ['approve', 'publish', 'unpublish', 'reopen']) if (!(await step(reviewer, action))) return;
  }
}

/** Why the database does not hold what the ledger says was acknowledged, or is not whole: empty when all is well. */
export function auditDatabase(file: string, ledger: Ledger): string[] {
  const db = new Database(file, { fileMustExist: true });
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${foreign.length} rows`);
    try {
      // rank 1: the full-text index is compared with the article rows it indexes.
      db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    } catch (error) {
      problems.push(`full-text index: ${(error as Error).message}`);
    }

    const revision = db.prepare<[number, number], { title: string }>('SELECT title FROM article_revisions WHERE article_id = ? AND version = ?');
    const saveAudit = db.prepare<[string, number], { n: number }>(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'article.save' AND entity_id = ? AND json_extract(details, '$.version') = ?",
    );
    for (const save of ledger.saves) {
      const rows = revision.all(save.articleId, save.version);
      if (rows.length !== 1 || rows[0]!.title !== save.title) problems.push(`acknowledged save lost: article ${save.articleId} v${save.version} "${save.title}"`);
      if (saveAudit.get(String(save.articleId), save.version)!.n !== 1) problems.push(`acknowledged save without its audit entry: article ${save.articleId} v${save.version}`);
    }
    const comment = db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM review_comments WHERE article_id = ? AND body = ?');
    for (const entry of ledger.comments) if (comment.get(entry.articleId, entry.body)!.n !== 1) problems.push(`acknowledged comment lost: article ${entry.articleId}`);
    const steps = new Map<string, number>();
    for (const { articleId, action } of ledger.transitions) steps.set(`${articleId} article.${action}`, (steps.get(`${articleId} article.${action}`) ?? 0) + 1);
    const stepAudit = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = ?');
    for (const [key, count] of steps) {
      const [articleId, action] = key.split(' ') as [string, string];
      if (stepAudit.get(articleId, action)!.n < count) problems.push(`acknowledged ${action} of article ${articleId} missing from the audit log`);
    }

    // Nothing half-written: each article is at its newest revision, each save revision has its audit entry and no audit entry lacks its revision.
    const torn = db
      .prepare<[string], { id: number }>(
        // The desks' articles only (other specs' fixtures share the database), on the live text's
        // own line of revisions: a pending correction's copy keeps a line of its own.
        `SELECT a.id FROM articles a LEFT JOIN article_revisions r ON r.article_id = a.id AND r.version = a.version AND r.correction_id IS NULL
         WHERE a.id IN (SELECT value FROM json_each(?))
           AND (r.id IS NULL OR r.title <> a.title OR a.version < (SELECT max(version) FROM article_revisions WHERE article_id = a.id AND correction_id IS NULL))`,
      )
      .all(JSON.stringify(ledger.articles));
    for (const { id } of torn) problems.push(`article ${id} does not match its newest revision`);
    // (The demo's seeded revisions have no audit entries: only the desks' articles are looked at.)
    const orphans = db
      .prepare<[string], { n: number }>(
        `WITH desk(id) AS (SELECT value FROM json_each(?))
         SELECT (SELECT count(*) FROM article_revisions r WHERE r.article_id IN desk AND r.reason = 'save' AND r.version > 1
                   AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'article.save' AND l.entity_id = CAST(r.article_id AS TEXT) AND json_extract(l.details, '$.version') = r.version))
              + (SELECT count(*) FROM audit_log l WHERE l.action = 'article.save' AND CAST(l.entity_id AS INTEGER) IN desk
                   AND NOT EXISTS (SELECT 1 FROM article_revisions r WHERE CAST(r.article_id AS TEXT) = l.entity_id AND r.version = json_extract(l.details, '$.version'))) AS n`,
      )
      .get(JSON.stringify(ledger.articles))!;
    if (orphans.n > 0) problems.push(`${orphans.n} saves are half-written (a revision without its audit entry, or the reverse)`);
  } finally {
    db.close();
  }
  return problems;
}
