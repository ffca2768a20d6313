import { z } from 'zod';
import { IdSchema } from '../entities/base';
import {
  AddCategoriesAction,
  AddTagsAction,
  BULK_CHUNK,
  RemoveCategoriesAction,
  RemoveTagsAction,
  SetCustomFieldAction,
} from './bulk-action';

/** What a bulk action on a selection of contacts does: the company actions that apply to people. */
export const ContactBulkActionSchema = z.discriminatedUnion('type', [
  AddTagsAction,
  RemoveTagsAction,
  AddCategoriesAction,
  RemoveCategoriesAction,
  SetCustomFieldAction,
]);
export type ContactBulkAction = z.infer<typeof ContactBulkActionSchema>;

/** One chunk of a bulk action, sent and shown the same way as for companies. */
export const ContactBulkRequestSchema = z.object({
  ids: z.array(IdSchema).min(1).max(BULK_CHUNK),
  action: ContactBulkActionSchema,
});
