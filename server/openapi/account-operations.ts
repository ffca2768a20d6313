import { z } from 'zod';
import { MemberPasswordBody } from '../../shared/api/members.api';
import type { Operation } from './api-operations';

const Ok = z.object({ ok: z.literal(true) });

/** Issue 13: offboarding (admins) and one's own password and sessions (everyone). */
export const accountOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/settings/members/{id}/password',
    summary: "Set a member's password (admins); every session of theirs ends. A common or guessable password is 400",
    tag: 'settings',
    body: MemberPasswordBody,
    response: Ok,
  },
];
