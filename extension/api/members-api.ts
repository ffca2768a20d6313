import { authApi } from '../../shared/api/auth.api';
import type { ApiClient } from './api-client';

/** A workspace user as `/api/settings/members` lists them (server/settings/members.routes.ts `MemberSchema`). */
export type Member = {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
  /** Deactivated members keep their name on records but cannot sign in; pickers leave them out of new choices. */
  active: boolean;
  deactivatedAt: number | null;
};

type Ok = { ok: true };

export function setMemberActive(api: ApiClient, id: string, active: boolean) {
  return api.request<{ member: Member }>('PATCH', `/api/settings/members/${id}`, { active });
}

export function setMemberRole(api: ApiClient, id: string, role: Member['role']) {
  return api.request<{ member: Member }>('PATCH', `/api/settings/members/${id}`, { role });
}

/** An admin sets a member's password; every session of theirs ends. */
export function resetMemberPassword(api: ApiClient, id: string, newPassword: string) {
  return api.request<Ok>('POST', `/api/settings/members/${id}/password`, { newPassword });
}

/** The caller's own password; their other sessions end, this one stays. */
export function changeOwnPassword(api: ApiClient, currentPassword: string, newPassword: string) {
  return api.call(authApi.changePassword, { json: { currentPassword, newPassword } });
}

/** Ends every session of the caller, this one too. */
export function signOutEverywhere(api: ApiClient) {
  return api.call(authApi.logoutAll, {});
}
