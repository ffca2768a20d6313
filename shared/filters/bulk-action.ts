import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CustomFieldValueSchema } from '../entities/custom-fields';

const ids = (max: number) => z.array(IdSchema).min(1, 'pick at least one').max(max);

/** The actions companies and contacts share: tags, categories and one custom field. */
export const AddTagsAction = z.object({ type: z.literal('addTags'), tagIds: ids(50) });
export const RemoveTagsAction = z.object({ type: z.literal('removeTags'), tagIds: ids(50) });
export const AddCategoriesAction = z.object({ type: z.literal('addCategories'), categoryIds: ids(50) });
export const RemoveCategoriesAction = z.object({ type: z.literal('removeCategories'), categoryIds: ids(50) });
export const SetCustomFieldAction = z.object({
  type: z.literal('setCustomField'),
  key: z.string().regex(/^[\w.-]{1,64}$/),
  value: CustomFieldValueSchema,
});

/** What a bulk action on a selection of companies does. */
export const CompanyBulkActionSchema = z.discriminatedUnion('type', [
  AddTagsAction,
  RemoveTagsAction,
  AddCategoriesAction,
  RemoveCategoriesAction,
  z.object({ type: z.literal('addOwners'), ownerIds: ids(20) }),
  z.object({ type: z.literal('removeOwners'), ownerIds: ids(20) }),
  z.object({ type: z.literal('setRelationshipType'), relationshipTypeId: IdSchema.nullable() }),
  z.object({ type: z.literal('setStatus'), statusTypeId: IdSchema.nullable() }),
  z.object({ type: z.literal('setIndustry'), industryId: IdSchema.nullable() }),
  z.object({ type: z.literal('setDepartment'), departmentId: IdSchema.nullable() }),
  SetCustomFieldAction,
]);
export type CompanyBulkAction = z.infer<typeof CompanyBulkActionSchema>;

/** One chunk of a bulk action: the dashboard sends the selection in chunks and shows progress. */
export const BULK_CHUNK = 1000;
export const CompanyBulkRequestSchema = z.object({
  ids: z.array(IdSchema).min(1).max(BULK_CHUNK),
  action: CompanyBulkActionSchema,
});
