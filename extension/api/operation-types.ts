import type { z } from 'zod';
import type { Operation } from '../../shared/api/operation';

type JsonSchemaOf<C> = C extends { content: { 'application/json': { schema: infer S extends z.ZodType } } } ? S : never;

/** What a call of `O` sends: path params, query and JSON body, typed from the operation's schemas. */
export type OperationInput<O extends Operation> = (O['request'] extends { params: infer P extends z.ZodType }
  ? { params: z.input<P> }
  : { params?: never }) &
  (O['request'] extends { query: infer Q extends z.ZodType } ? { query?: z.input<Q> } : { query?: never }) &
  (O['request'] extends { body: infer B }
    ? [JsonSchemaOf<B>] extends [never]
      ? { json?: never } // raw bytes (an upload): sent with ApiClient.raw
      : { json: z.input<JsonSchemaOf<B>> }
    : { json?: never });

type Success = 200 | 201;

/** What a successful call of `O` answers, typed from its documented response schema. */
export type OperationOutput<O extends Operation> = {
  [S in keyof O['responses'] & Success]: JsonSchemaOf<O['responses'][S]> extends never
    ? void
    : z.output<JsonSchemaOf<O['responses'][S]>>;
}[keyof O['responses'] & Success];
