import { PullQuerySchema, PullResponseSchema, PushRequestSchema, PushResponseSchema } from '../sync/protocol';
import { defineOperation, jsonAnswer, jsonBody, rawContent } from './operation';

/** The extension's sync channel (protocol in shared/sync/protocol.ts); its writes count as the extension's. */
export const syncApi = {
  push: defineOperation({
    method: 'post',
    path: '/sync/push',
    summary:
      'Apply named mutations (deduped by client and mutation id); each is applied, a duplicate, or rejected with its reason',
    tags: ['sync'],
    request: { body: jsonBody(PushRequestSchema) },
    responses: { 200: jsonAnswer(PushResponseSchema) },
  }),
  pull: defineOperation({
    method: 'get',
    path: '/sync/pull',
    summary: 'Changes since a cursor, whole workspace versions only; an unsupported protocol version is 400 clientTooOld',
    tags: ['sync'],
    request: { query: PullQuerySchema },
    responses: { 200: jsonAnswer(PullResponseSchema) },
  }),
  events: defineOperation({
    method: 'get',
    path: '/sync/events',
    summary:
      'Server-sent events: `data: {"version": n}` now and whenever the workspace version moves, heartbeats between; the stream ends with the session',
    tags: ['sync'],
    responses: { 200: { description: 'An event stream', content: rawContent(['text/event-stream']) } },
  }),
};
