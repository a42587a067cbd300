import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getCurrentUser } from '@/auth';
import type { CurrentUser } from '@/db/queries/users';
import { expiringPublicPages } from './article-cache-expiry';

export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'rate_limited' | 'failed';

/**
 * What every server action answers, forms and scripts alike: the data, with a sentence for the
 * user when there is one to say, or a refusal whose message is already in the user's language.
 */
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** What a form driven by `useActionState` holds: nothing before its first submission, then the last answer. */
export type ActionState<T = unknown> = ActionResult<T> | null;

/** Thrown inside an action's steps to end it with a typed, localized failure. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    /** A key under the `ActionErrors` messages; defaults to the code's own message. */
    readonly messageKey: string = code,
    readonly values?: Record<string, string | number>,
  ) {
    super(code);
  }
}

/**
 * A refusal whose message a feature has already written in the user's language, from its own
 * namespace and with its own list formatting (e.g. the images that still need alt text).
 */
export class LocalizedActionError extends ActionError {
  constructor(
    code: ActionErrorCode,
    readonly localizedMessage: string,
  ) {
    super(code);
  }
}

interface ActionSpec<Schema extends z.ZodType, Loaded, Result> {
  schema: Schema;
  /**
   * Fetch the row the action works on (e.g. the article), or null when there is none; leave it out
   * when the action works on no existing row (creating one, a setting). A missing row is answered
   * `not_found` only once `authorize` has let the caller through.
   */
  load?: (input: z.infer<Schema>, actor: CurrentUser) => Loaded | null | Promise<Loaded | null>;
  /**
   * The permission check, on the server, with the freshly loaded user and resource. Mandatory. It
   * is asked about a missing row too (`loaded` null): it then answers whether the caller holds the
   * right at all, so someone without it is refused alike whether the row exists or not.
   */
  authorize: (actor: CurrentUser, loaded: Loaded | null, input: z.infer<Schema>) => boolean;
  /** The change itself: one transaction in db/queries, with its audit entry. */
  run: (args: { actor: CurrentUser; input: z.infer<Schema>; loaded: Loaded }) => Result | Promise<Result>;
  /** Cache tags or paths to refresh after success (a published article's pages expire by themselves: article-cache-expiry.ts). */
  after?: (args: { actor: CurrentUser; input: z.infer<Schema>; loaded: Loaded; result: Awaited<Result> }) => void;
}

/**
 * Every mutation walks the same steps — authenticate → validate → load → authorize → (not found) → run → after —
 * and returns a typed result whose message is already in the user's language.
 */
export function defineAction<Schema extends z.ZodType, Result, Loaded = undefined>(spec: ActionSpec<Schema, Loaded, Result>) {
  return async (rawInput: unknown): Promise<ActionResult<Awaited<Result>>> => {
    const t = await getTranslations('ActionErrors');
    const fail = (code: ActionErrorCode, key: string = code, values?: Record<string, string | number>, fieldErrors?: Record<string, string[] | undefined>) =>
      ({ ok: false, code, message: t(key as never, values as never), ...(fieldErrors ? { fieldErrors } : {}) }) as const;

    const actor = await getCurrentUser();
    if (!actor) return fail('unauthenticated');
    const parsed = spec.schema.safeParse(rawInput);
    if (!parsed.success) return fail('invalid', 'invalid', undefined, await translateFieldErrors(parsed.error));
    try {
      const loaded = spec.load ? await spec.load(parsed.data, actor) : (undefined as Loaded);
      if (!spec.authorize(actor, loaded, parsed.data)) return fail('forbidden');
      if (loaded === null) return fail('not_found');
      const result = await expiringPublicPages(() => spec.run({ actor, input: parsed.data, loaded }));
      spec.after?.({ actor, input: parsed.data, loaded, result });
      return { ok: true, data: result };
    } catch (error) {
      if (error instanceof LocalizedActionError) return { ok: false, code: error.code, message: error.localizedMessage } as const;
      if (error instanceof ActionError) return fail(error.code, error.messageKey, error.values);
      throw error;
    }
  };
}

/**
 * Zod messages that name a key under `FieldErrors` (as lib/validations schemas do) are shown in
 * the user's language, with the limit a too-long value went over as `{max}`; any other message
 * passes through unchanged.
 */
async function translateFieldErrors(error: z.ZodError): Promise<Record<string, string[] | undefined>> {
  const t = await getTranslations('FieldErrors');
  const translate = (issue: z.core.$ZodIssue) =>
    t.has(issue.message as never) ? t(issue.message as never, (issue.code === 'too_big' ? { max: Number(issue.maximum) } : {}) as never) : issue.message;
  return z.flattenError(error, translate).fieldErrors as Record<string, string[] | undefined>;
}

/** Form posts arrive as FormData; actions validate plain objects. Repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const existing = result[key];
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/**
 * An action's result as a form shows it: the success sentence (the data stays on the server, the
 * form has no use for it), or the failure as it is.
 */
export function withMessage(result: ActionResult, successMessage: string): ActionResult<null> {
  return result.ok ? { ok: true, data: null, message: successMessage } : result;
}
