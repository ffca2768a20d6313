import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

/** The policy beyond length (common passwords, the owner's name and address) is checked on the server: password-policy.ts. */
export const NewPasswordSchema = z.string().min(10, 'errors.password.min10').max(200, 'errors.password.max200');

export const UserRoleSchema = z.enum(['admin', 'member']);

/** A language Fjord speaks; null where a user never picked one. */
export const LanguageSchema = z.enum(LANGUAGES);

export const ProfilePatchBody = z.strictObject({ language: LanguageSchema });

export const LoginBody = z.object({
  email: z.email('errors.field.email').transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'errors.field.required').max(500),
});

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1, 'errors.field.required').max(500),
  newPassword: NewPasswordSchema,
});

export const LoginAnswer = z.object({
  token: z.string(),
  /** Epoch milliseconds; the token is refused after it. */
  expiresAt: z.number(),
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: UserRoleSchema,
    language: LanguageSchema.nullable(),
  }),
  workspace: z.object({ id: z.string(), name: z.string() }),
});

export const MeAnswer = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: UserRoleSchema,
    workspaceId: z.string(),
    workspaceName: z.string(),
    language: LanguageSchema.nullable(),
  }),
});

/** Signing in and out, and the caller's own account (any signed-in user, for themselves only). */
export const authApi = {
  login: defineOperation({
    method: 'post',
    path: '/api/auth/login',
    summary:
      'Sign in; returns a bearer token. A wrong e-mail or password is 401 (the same for an unknown e-mail), a deactivated account 403, too many wrong passwords 429 with Retry-After',
    tags: ['auth'],
    security: [],
    request: { body: jsonBody(LoginBody) },
    responses: { 200: jsonAnswer(LoginAnswer) },
  }),
  logout: defineOperation({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Revoke the current token',
    tags: ['auth'],
    responses: { 200: jsonAnswer(OkSchema) },
  }),
  me: defineOperation({
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user and workspace',
    tags: ['auth'],
    responses: { 200: jsonAnswer(MeAnswer) },
  }),
  updateMe: defineOperation({
    method: 'patch',
    path: '/api/auth/me',
    summary: "Change one's own profile: the language every screen, e-mail and error message speaks to this user",
    tags: ['auth'],
    request: { body: jsonBody(ProfilePatchBody) },
    responses: { 200: jsonAnswer(MeAnswer) },
  }),
  changePassword: defineOperation({
    method: 'put',
    path: '/api/auth/password',
    summary: "Change one's own password; one's other sessions end, this one stays. A wrong current password is 400",
    tags: ['auth'],
    request: { body: jsonBody(PasswordChangeBody) },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
  logoutAll: defineOperation({
    method: 'post',
    path: '/api/auth/logout-all',
    summary: 'Sign out everywhere: every session of the caller ends, this one too',
    tags: ['auth'],
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
