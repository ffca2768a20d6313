import { z } from 'zod';
import { AddressSchema } from './address';
import { BaseRecordSchema, IdSchema, clearableText, storedText } from './base';
import { CustomFieldsSchema } from './custom-fields';
import { NaceCodeSchema } from '../registers/nace';
import { InvoiceSettingsSchema } from './invoice-settings';
import { RegisterStatusSchema } from '../registers/register-company';

const optionalEmail = z
  .union([z.email('errors.field.email'), z.literal('')])
  .nullable()
  .transform((s) => s || null);

/** Editable company fields as clients send them (create takes them all, update any subset). */
export const CompanyFieldsSchema = z.object({
  name: z.string().trim().min(1, 'errors.field.required').max(200),
  website: clearableText(500),
  domain: clearableText(253),
  orgNumber: clearableText(40),
  vatNumber: clearableText(40),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'errors.field.country')
    .transform((s) => s.toUpperCase())
    .nullable(),
  /** Legal form code as the national register writes it (AS, AB, ApS, LTD, BV, …). */
  orgForm: clearableText(20),
  /** Stored as the NACE Rev. 2 class; national codes (SN2007 52.292, DB07 479112) are mapped to it. */
  naceCode: z.preprocess((v) => (v === '' ? null : v), NaceCodeSchema.nullable()),
  employees: z.number().int().min(0, 'errors.field.nonNegative').max(10_000_000).nullable(),
  /** Where the company stands in its national register, as last read from it. */
  registerStatus: RegisterStatusSchema.nullable(),
  email: optionalEmail,
  phone: clearableText(50),
  logoUrl: clearableText(2000),
  /** Visit address; postal and invoice addresses may differ. */
  address: AddressSchema.nullable(),
  postalAddress: AddressSchema.nullable(),
  invoiceAddress: AddressSchema.nullable(),
  socialProfiles: z.array(z.url('errors.field.url').max(500)).max(20),
  relationshipTypeId: IdSchema.nullable(),
  statusTypeId: IdSchema.nullable(),
  industryId: IdSchema.nullable(),
  departmentId: IdSchema.nullable(),
  categoryIds: z.array(IdSchema).max(100),
  tagIds: z.array(IdSchema).max(200),
  /** Users who own this customer; any number. */
  ownerIds: z.array(IdSchema).max(50),
  invoice: InvoiceSettingsSchema.nullable(),
  /** Departments and subsidiaries point at their parent; the units form a tree. */
  parentId: IdSchema.nullable(),
  customFields: CustomFieldsSchema,
});
export type CompanyFields = z.infer<typeof CompanyFieldsSchema>;

export const CompanySchema = BaseRecordSchema.extend({
  name: z.string(),
  website: storedText,
  domain: storedText,
  orgNumber: storedText,
  vatNumber: storedText,
  country: storedText,
  orgForm: storedText,
  naceCode: storedText,
  employees: z.number().int().nullable(),
  registerStatus: storedText,
  email: storedText,
  phone: storedText,
  logoUrl: storedText,
  address: AddressSchema.nullable(),
  postalAddress: AddressSchema.nullable(),
  invoiceAddress: AddressSchema.nullable(),
  socialProfiles: z.array(z.string()),
  relationshipTypeId: storedText,
  statusTypeId: storedText,
  industryId: storedText,
  departmentId: storedText,
  categoryIds: z.array(z.string()),
  tagIds: z.array(z.string()),
  ownerIds: z.array(z.string()),
  invoice: InvoiceSettingsSchema.nullable(),
  parentId: storedText,
  customFields: CustomFieldsSchema,
  /** From the workspace-wide sequence shared with private customers; assigned by the server. */
  customerNumber: z.number().int().nullable(),
});
export type Company = z.infer<typeof CompanySchema>;
