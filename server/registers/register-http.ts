import type { z } from 'zod';
import { RegisterError } from './register-provider';

export type RegisterRequest = {
  /** The register's name, for error messages. */
  register: string;
  url: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
  signal?: AbortSignal;
  /** A slow register must not hold up a typeahead. */
  timeoutMs?: number;
  /** Statuses that mean "no such unit" rather than a failure (404, 410). */
  notFound?: number[];
  /** What a 401/403 refuses, in the message: the API key unless the service signs in with a user and password. */
  credential?: 'apiKey' | 'signIn';
  /** Error statuses whose body is still the answer (Brreg's 410 Gone carries the deleted unit). */
  answerStatuses?: number[];
};

/**
 * Fetches JSON from a register (or the credit bureau, which shares it) and checks its shape:
 * every way it can fail becomes a `RegisterError` naming the service (down, credential refused,
 * rate limited, malformed), and a "not found" status becomes null.
 */
export async function fetchRegisterJson<T>(request: RegisterRequest, schema: z.ZodType<T>): Promise<T | null> {
  const { register } = request;
  const timeout = AbortSignal.timeout(request.timeoutMs ?? 8_000);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: { accept: 'application/json', ...request.headers },
      body: request.body,
      signal,
    });
  } catch (err) {
    if (request.signal?.aborted) throw err;
    const key = timeout.aborted ? 'errors.registers.timedOut' : 'errors.registers.unreachable';
    throw new RegisterError(register, 'down', { key, values: { register } });
  }
  if (request.notFound?.includes(res.status)) {
    await res.body?.cancel();
    return null;
  }
  if (res.status === 401 || res.status === 403) {
    await res.body?.cancel();
    const key = request.credential === 'signIn' ? 'errors.registers.signInRefused' : 'errors.registers.keyRefused';
    throw new RegisterError(register, 'refused', { key, values: { register, status: res.status } });
  }
  if (res.status === 429) {
    await res.body?.cancel();
    throw new RegisterError(register, 'rateLimited', { key: 'errors.registers.rateLimited', values: { register } });
  }
  if (!res.ok && !request.answerStatuses?.includes(res.status)) {
    await res.body?.cancel();
    throw new RegisterError(register, 'down', { key: 'errors.registers.httpStatus', values: { register, status: res.status } });
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new RegisterError(register, 'malformed', { key: 'errors.registers.notJson', values: { register } });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    throw new RegisterError(
      register,
      'malformed',
      where
        ? { key: 'errors.registers.unreadableAt', values: { register, where } }
        : { key: 'errors.registers.unreadable', values: { register } },
    );
  }
  return parsed.data;
}
