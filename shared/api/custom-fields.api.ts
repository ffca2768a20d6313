import { z } from 'zod';
import { CustomFieldFieldsSchema, CustomFieldSchema } from '../entities/custom-field';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const CustomFieldQuery = z.object({ entity: CustomFieldFieldsSchema.shape.entity.optional() });
export const CustomFieldCreateBody = CustomFieldFieldsSchema.partial({ options: true, section: true, sortOrder: true });
export const CustomFieldPatchBody = CustomFieldFieldsSchema.pick({
  label: true,
  options: true,
  section: true,
  sortOrder: true,
}).partial();
export const StandardFieldsBody = z.object({ entity: CustomFieldFieldsSchema.shape.entity });

const ItemAnswer = z.object({ item: CustomFieldSchema });
const ListAnswer = z.object({ items: z.array(CustomFieldSchema) });
const tags = ['settings'];

/** Typed custom-field and additional-information definitions. */
export const customFieldsApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/settings/custom-fields',
    summary: 'Typed custom-field and additional-information definitions',
    tags,
    request: { query: CustomFieldQuery },
    responses: { 200: jsonAnswer(ListAnswer) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/settings/custom-fields',
    summary: "Define a custom field (admins); values are stored in a record's customFields under the field's id",
    tags,
    request: { body: jsonBody(CustomFieldCreateBody) },
    responses: { 201: jsonAnswer(ItemAnswer, 'Created') },
  }),
  addStandard: defineOperation({
    method: 'post',
    path: '/api/settings/custom-fields/standard-additional',
    summary:
      "Add the standard additional-information fields (contact origin, products, sources) that are missing (admins); answers the entity's fields, 201 when some were added",
    tags,
    request: { body: jsonBody(StandardFieldsBody) },
    responses: { 200: jsonAnswer(ListAnswer, 'None was missing'), 201: jsonAnswer(ListAnswer, 'Added') },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/settings/custom-fields/{id}',
    summary: 'Rename a custom field, change its choices, section or order (admins; the type stays)',
    tags,
    request: { params: IdParams, body: jsonBody(CustomFieldPatchBody) },
    responses: { 200: jsonAnswer(ItemAnswer) },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/settings/custom-fields/{id}',
    summary: 'Delete a custom field definition (admins; values stay on the records)',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
