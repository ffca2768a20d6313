import { OkSchema, defineOperation, jsonAnswer } from './operation';

/** The server itself. */
export const systemApi = {
  health: defineOperation({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database check',
    tags: ['system'],
    security: [],
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
