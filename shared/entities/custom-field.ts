import { z } from 'zod';
import { BaseRecordSchema } from './base';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'choice', 'multiChoice'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/**
 * A typed field the admin defines for companies or contacts. Values live in each record's
 * `customFields` under the definition's id, so renaming the label loses nothing. Fields in the
 * `additional` section make up the card's "Additional information" tab.
 */
export const CustomFieldFieldsSchema = z.object({
  entity: z.enum(['company', 'contact']),
  label: z.string().trim().min(1, 'errors.field.required').max(100),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string().trim().min(1).max(100)).max(200),
  section: z.enum(['custom', 'additional']),
  sortOrder: z.number().int().min(0).max(1_000_000),
});
export type CustomFieldFields = z.infer<typeof CustomFieldFieldsSchema>;

export const CustomFieldSchema = BaseRecordSchema.extend(CustomFieldFieldsSchema.shape);
export type CustomField = z.infer<typeof CustomFieldSchema>;

/** What "add the standard additional-information fields" creates (what RecMan users keep there). */
export const STANDARD_ADDITIONAL_FIELDS: Pick<CustomFieldFields, 'label' | 'type' | 'options'>[] = [
  { label: 'Contact origin', type: 'choice', options: ['Website', 'Referral', 'Event', 'Cold call', 'Social media'] },
  { label: 'Products', type: 'multiChoice', options: [] },
  { label: 'Sources', type: 'text', options: [] },
];
