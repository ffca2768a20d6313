import { z } from 'zod';

/** Free-form custom values by field key; typed field definitions come with the settings work. */
export const CustomFieldValueSchema = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(200)).max(50),
]);

export const CustomFieldsSchema = z
  .record(z.string().regex(/^[\w.-]{1,64}$/, 'errors.field.customFieldKey'), CustomFieldValueSchema)
  .refine((r) => Object.keys(r).length <= 200, 'errors.field.customFieldCount');
export type CustomFields = z.infer<typeof CustomFieldsSchema>;
