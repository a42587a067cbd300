import { z } from 'zod';
import { locales } from '@/i18n/config';
import { roles } from '../domain';
import { minimumPasswordLength } from '../password';
import { plainLabel } from './text';

// Messages are keys under `FieldErrors`: the server action translates them into the UI language.
const password = z.string().min(minimumPasswordLength, { error: 'passwordTooShort' }).max(1024, { error: 'passwordTooLong' });
const userId = z.coerce.number().int().positive();

export const createUserSchema = z.object({
  name: plainLabel(z.string().trim().min(1, { error: 'required' }).max(120, { error: 'tooLong' })),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: 'email' })),
  role: z.enum(roles, { error: 'role' }),
  password,
});

export const changeRoleSchema = z.object({ userId, role: z.enum(roles, { error: 'role' }) });

export const setActiveSchema = z.object({ userId, active: z.enum(['true', 'false']).transform((value) => value === 'true') });

export const resetPasswordSchema = z.object({ userId, password });

/** The user page's language checkboxes: one value or several (FormData repeats the key), at least one. */
export const setLanguagesSchema = z.object({
  userId,
  languages: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(locales)).min(1, { error: 'languagesRequired' })),
});

export const resetTwoFactorSchema = z.object({ userId });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'required' }).max(1024),
    newPassword: password,
    confirmation: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmation, { path: ['confirmation'], error: 'passwordMismatch' });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().min(1).max(1024),
});

/** The sign-in's second step: the first step's challenge and a two-factor or recovery code. */
export const secondFactorSchema = z.object({
  challenge: z.string().min(1).max(400),
  code: z.string().trim().min(6).max(40),
});

/** Confirming an enrolment with the code the authenticator app shows. */
export const confirmTwoFactorSchema = z.object({ code: z.string().trim().regex(/^\d{3}\s?\d{3}$/, { error: 'totpCode' }) });
