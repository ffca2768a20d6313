import { z } from 'zod';
import { ListItemFieldsSchema, ListItemSchema, ListKindSchema } from '../entities/list-item';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const ListItemCreateBody = ListItemFieldsSchema.partial({ sortOrder: true, appliesTo: true });
export const ListItemPatchBody = ListItemFieldsSchema.omit({ kind: true }).partial();
const ItemAnswer = z.object({ item: ListItemSchema });

/** The workspace's configurable lists (relationship types, statuses, industries, …). */
export const listItemsApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/settings/lists',
    summary: "The workspace's list values, of one kind or all",
    tags: ['settings'],
    request: { query: z.object({ kind: ListKindSchema.optional() }) },
    responses: { 200: jsonAnswer(z.object({ items: z.array(ListItemSchema) })) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/settings/lists',
    summary: 'Add a list value (admins)',
    tags: ['settings'],
    request: { body: jsonBody(ListItemCreateBody) },
    responses: { 201: jsonAnswer(ItemAnswer, 'Created') },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/settings/lists/{id}',
    summary: 'Rename, reorder or re-scope a list value (admins)',
    tags: ['settings'],
    request: { params: IdParams, body: jsonBody(ListItemPatchBody) },
    responses: { 200: jsonAnswer(ItemAnswer) },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/settings/lists/{id}',
    summary: 'Delete a list value (admins)',
    tags: ['settings'],
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
