import { z } from 'zod';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

const EntitySchema = z.enum(['company', 'contact']);

export const SelectionQuery = z.object({ entity: EntitySchema.optional() });
export const SelectionBody = z.object({
  entity: EntitySchema,
  name: z.string().trim().min(1, 'errors.field.required').max(100),
  /** The list's filter as its URL query string (`tagIds=…&country=NO&sort=name`). */
  query: z.string().max(4000),
  shared: z.boolean().default(false),
});
export const SelectionPatch = SelectionBody.omit({ entity: true }).partial();

export const SavedSelectionSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  ownerId: z.string(),
  entity: EntitySchema,
  name: z.string(),
  query: z.string(),
  /** Shared with the workspace; otherwise its owner's alone. */
  shared: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SavedSelection = z.infer<typeof SavedSelectionSchema>;

const ItemAnswer = z.object({ item: SavedSelectionSchema });
const tags = ['selections'];

/**
 * Saved selections: named list filters, private to their owner or shared with the workspace. Only
 * its owner changes one; an admin may also delete a shared one.
 */
export const savedSelectionsApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/selections',
    summary: "Saved selections: the caller's own and those shared with the workspace",
    tags,
    request: { query: SelectionQuery },
    responses: { 200: jsonAnswer(z.object({ items: z.array(SavedSelectionSchema) })) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/selections',
    summary: 'Save a list filter (its URL query string) under a name, private or shared',
    tags,
    request: { body: jsonBody(SelectionBody) },
    responses: { 201: jsonAnswer(ItemAnswer, 'Created') },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/selections/{id}',
    summary: 'Rename, re-share or change a saved selection (its owner)',
    tags,
    request: { params: IdParams, body: jsonBody(SelectionPatch) },
    responses: { 200: jsonAnswer(ItemAnswer) },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/selections/{id}',
    summary: 'Delete a saved selection (its owner, or an admin)',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
