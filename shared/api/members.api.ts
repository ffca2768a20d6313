import { z } from 'zod';
import { NewPasswordSchema, UserRoleSchema } from './auth.api';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const MemberCreateBody = z.object({
  name: z.string().trim().min(1, 'errors.field.required').max(100),
  email: z.email('errors.field.email').transform((e) => e.toLowerCase()),
  role: UserRoleSchema,
  password: NewPasswordSchema,
});
export const MemberPatchBody = z
  .object({ name: MemberCreateBody.shape.name, role: UserRoleSchema, active: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'errors.field.changeOne' });
export const MemberPasswordBody = z.object({ newPassword: NewPasswordSchema });

export const MemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: UserRoleSchema,
  /** A deactivated member keeps their name on their records but cannot sign in; pickers leave them out of new choices. */
  active: z.boolean(),
  deactivatedAt: z.number().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

const MemberAnswer = z.object({ member: MemberSchema });
const tags = ['settings'];

/**
 * The workspace's users: everyone may list them (owners, assignees, and the names on records,
 * deactivated members too); admins add members, change names and roles, deactivate and reactivate
 * them and set their passwords.
 */
export const membersApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/settings/members',
    summary: 'Users of the workspace',
    tags,
    responses: { 200: jsonAnswer(z.object({ members: z.array(MemberSchema) })) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/settings/members',
    summary: 'Add a user with a first password (admins); an e-mail already in use is 409',
    tags,
    request: { body: jsonBody(MemberCreateBody) },
    responses: { 201: jsonAnswer(MemberAnswer, 'Created') },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/settings/members/{id}',
    summary:
      "Change a user's name or role, or deactivate (`active: false`: sessions and calendar feeds end at once) or reactivate them (admins); the last active admin stays an active admin (409)",
    tags,
    request: { params: IdParams, body: jsonBody(MemberPatchBody) },
    responses: { 200: jsonAnswer(MemberAnswer) },
  }),
  setPassword: defineOperation({
    method: 'post',
    path: '/api/settings/members/{id}/password',
    summary: "Set a member's password (admins); every session of theirs ends. A common or guessable password is 400",
    tags,
    request: { params: IdParams, body: jsonBody(MemberPasswordBody) },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
