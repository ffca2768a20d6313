import type { Page } from 'playwright-core';
import { ADMIN } from '../../helpers/test-app';
import { signIn } from '../../helpers/test-server';

export type Credentials = { email: string; password: string };

/** Signs in on the dashboard the server serves at `/`, as a user would; resolves on the companies list. */
export async function signInToDashboard(page: Page, serverUrl: string, who: Credentials = ADMIN) {
  await page.goto(`${serverUrl}/`);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=new-company]');
}

/** JSON calls to the server as the admin, for setting up what a test starts from (as another client would). */
export function adminApi(serverUrl: string) {
  return apiAs(serverUrl, ADMIN);
}

/** JSON calls to the server as one user, as their own client would make them. */
export async function apiAs(serverUrl: string, who: Credentials) {
  const { token } = await signIn(serverUrl, who.email, who.password);
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${serverUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
}
