import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CustomFieldValueSchema } from '../entities/custom-fields';

const ids = (max: number) => z.array(IdSchema).min(1, 'errors.field.pickOne').max(max);

/**
 * Every bulk action on a selection of records. A record type allows those its declaration lists
 * (`bulkActions`); `bulkRequestSchema` builds the request that accepts only those.
 */
export const BulkActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addTags'), tagIds: ids(50) }),
  z.object({ type: z.literal('removeTags'), tagIds: ids(50) }),
  z.object({ type: z.literal('addCategories'), categoryIds: ids(50) }),
  z.object({ type: z.literal('removeCategories'), categoryIds: ids(50) }),
  z.object({ type: z.literal('addOwners'), ownerIds: ids(20) }),
  z.object({ type: z.literal('removeOwners'), ownerIds: ids(20) }),
  z.object({ type: z.literal('setRelationshipType'), relationshipTypeId: IdSchema.nullable() }),
  z.object({ type: z.literal('setStatus'), statusTypeId: IdSchema.nullable() }),
  z.object({ type: z.literal('setIndustry'), industryId: IdSchema.nullable() }),
  z.object({ type: z.literal('setDepartment'), departmentId: IdSchema.nullable() }),
  z.object({ type: z.literal('setCustomField'), key: z.string().regex(/^[\w.-]{1,64}$/), value: CustomFieldValueSchema }),
  /** Moves each record to the trash (`<entity>.delete`); the bulk bar asks first, with the count. */
  z.object({ type: z.literal('delete') }),
]);
export type BulkAction = z.infer<typeof BulkActionSchema>;

/** The most ids one bulk request names: the dashboard sends a larger selection in chunks and shows progress. */
export const BULK_CHUNK = 1000;
