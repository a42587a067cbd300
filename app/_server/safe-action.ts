import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getCurrentUser } from '@/auth';
import type { FormState } from '@/components/action-form.client';
import type { CurrentUser } from '@/db/queries/users';
import { expiringPublicPages } from './article-cache-expiry';

export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'rate_limited' | 'failed';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };

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
  /** Fetch what the permission check needs (e.g. the article); throw ActionError('not_found') if absent. */
  load: (input: z.infer<Schema>, actor: CurrentUser) => Loaded | Promise<Loaded>;
  /** The permission check, on the server, with the freshly loaded user and resource. Mandatory. */
  authorize: (actor: CurrentUser, loaded: Loaded, input: z.infer<Schema>) => boolean;
  /** The change itself: one transaction in db/queries, with its audit entry. */
  run: (args: { actor: CurrentUser; input: z.infer<Schema>; loaded: Loaded }) => Result | Promise<Result>;
  /** Cache tags or paths to refresh after success (a published article's pages expire by themselves: article-cache-expiry.ts). */
  after?: (args: { actor: CurrentUser; input: z.infer<Schema>; loaded: Loaded; result: Awaited<Result> }) => void;
}

/**
 * Every mutation walks the same steps — authenticate → validate → load → authorize → run → after —
 * and returns a typed result whose message is already in the user's language.
 */
export function defineAction<Schema extends z.ZodType, Loaded, Result>(spec: ActionSpec<Schema, Loaded, Result>) {
  return async (rawInput: unknown): Promise<ActionResult<Awaited<Result>>> => {
    const t = await getTranslations('ActionErrors');
    const fail = (code: ActionErrorCode, key: string = code, values?: Record<string, string | number>, fieldErrors?: Record<string, string[] | undefined>) =>
      ({ ok: false, code, message: t(key as never, values as never), ...(fieldErrors ? { fieldErrors } : {}) }) as const;

    const actor = await getCurrentUser();
    if (!actor) return fail('unauthenticated');
    const parsed = spec.schema.safeParse(rawInput);
    if (!parsed.success) return fail('invalid', 'invalid', undefined, await translateFieldErrors(parsed.error));
    try {
      const loaded = await spec.load(parsed.data, actor);
      if (!spec.authorize(actor, loaded, parsed.data)) return fail('forbidden');
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

/** An action's result as a form shows it: the success message, or the failure as it is. */
export function toFormState(result: ActionResult<unknown>, successMessage: string): FormState {
  return result.ok ? { ok: true, message: successMessage } : { ok: false, message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
}
