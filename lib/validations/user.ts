import { z } from 'zod';
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
