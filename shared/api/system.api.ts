import { z } from 'zod';
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
  openapi: defineOperation({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document (OpenAPI 3.1), generated from the operations the routes are declared from',
    tags: ['system'],
    security: [],
    responses: {
      200: jsonAnswer(z.object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }).catchall(z.unknown())),
    },
  }),
};
