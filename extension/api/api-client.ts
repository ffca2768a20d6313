import type { PullResponse, PushRequest, PushResponse } from '../../shared/sync/protocol';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { Operation } from '../../shared/api/operation';
import { syncApi } from '../../shared/api/sync.api';
import { toQueryString } from '../../shared/api/query-string';
import type { OperationInput, OperationOutput } from './operation-types';

export type ApiErrorBody = {
  error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] };
};

/** A response in the server's error shape; `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/** `channel` tells the server where a change came from, for the record's history. */
export type ApiConfig = { baseUrl: string; token: string | null; fetch?: typeof fetch; channel?: 'dashboard' | 'import' };

/** Typed calls to the Fjord server; every failure becomes an ApiError. */
export class ApiClient {
  constructor(private readonly config: ApiConfig) {}

  /** The same client, telling the server its changes come through `channel` (an import, say). */
  withChannel(channel: NonNullable<ApiConfig['channel']>): ApiClient {
    return new ApiClient({ ...this.config, channel });
  }

  /** Calls a documented operation (shared/api/*.api.ts): path, query, body and answer typed from its schemas. */
  async call<O extends Operation>(operation: O, input: OperationInput<O>, signal?: AbortSignal): Promise<OperationOutput<O>> {
    return this.request(operation.method.toUpperCase(), operationUrl(operation, input), input.json, signal);
  }

  /** Calls a documented operation whose body or answer is raw bytes (an upload, a download): the Response as is. */
  async callRaw<O extends Operation>(
    operation: O,
    input: OperationInput<O>,
    bytes?: Blob,
    signal?: AbortSignal,
  ): Promise<Response> {
    return this.raw(operation.method.toUpperCase(), operationUrl(operation, input), bytes ?? input.json, signal);
  }

  private async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await this.raw(method, path, body, signal);
    return (await response.json()) as T;
  }

  /** `body` is sent as JSON, except a Blob (a file upload), which is sent as is with its own type. */
  private async raw(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = {};
    const binary = body instanceof Blob;
    if (this.config.token) headers.authorization = `Bearer ${this.config.token}`;
    if (body !== undefined) headers['content-type'] = binary ? body.type || 'application/octet-stream' : 'application/json';
    if (this.config.channel) headers['x-fjord-channel'] = this.config.channel;
    const doFetch = this.config.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(new URL(path, this.config.baseUrl), {
        method,
        headers,
        body: body === undefined || binary ? body : JSON.stringify(body),
        signal,
      });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiError(0, 'offline', `Cannot reach the server at ${this.config.baseUrl}`);
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  push(body: Omit<PushRequest, 'protocolVersion'>): Promise<PushResponse> {
    return this.call(syncApi.push, { json: { protocolVersion: PROTOCOL_VERSION, ...body } });
  }

  pull(cursor: number, limit: number): Promise<PullResponse> {
    return this.call(syncApi.pull, { query: { protocolVersion: PROTOCOL_VERSION, cursor, limit } });
  }
}

/** The path and query string of a call of `operation`. */
export function operationUrl<O extends Operation>(operation: O, input: OperationInput<O>): string {
  const params = (input.params ?? {}) as Record<string, string>;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const query = toQueryString(input.query as Record<string, unknown> | undefined);
  return query ? `${path}?${query}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as ApiErrorBody;
    return new ApiError(response.status, body.error.code, body.error.message, body.error.issues);
  } catch {
    return new ApiError(response.status, 'http', `Server answered ${response.status}`);
  }
}
