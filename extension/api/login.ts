import { authApi } from '../../shared/api/auth.api';
import type { Session } from '../sync/session';
import { ApiClient } from './api-client';

/** Signs in and returns the session to store; throws ApiError (status 0 when unreachable). */
export async function login(serverUrl: string, email: string, password: string): Promise<Session> {
  const base = serverUrl.replace(/\/+$/, '');
  const body = await new ApiClient({ baseUrl: base, token: null }).call(authApi.login, { json: { email, password } });
  return {
    serverUrl: base,
    token: body.token,
    userId: body.user.id,
    email: body.user.email,
    role: body.user.role,
    workspaceId: body.workspace.id,
    workspaceName: body.workspace.name,
  };
}
