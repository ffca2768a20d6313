import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CompanyFieldsSchema, type CompanyFields } from '../entities/company';
import { domainOf } from '../web/domain';
import { storableLogoUrl } from './company-logo-rule';
import { checkCompanyRefs, checkParent, checkedOrgNumber } from './company-rules';
import { defineMutation } from './mutation';
import { recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import type { RecordFields } from './mutation-store';
import { requireAbsent, requireLive } from './require-live';

const PatchSchema = CompanyFieldsSchema.partial().refine((p) => Object.keys(p).length > 0, {
  message: 'errors.field.changeOne',
});

export const CompanyCreateArgsSchema = CompanyFieldsSchema.partial().extend({
  id: IdSchema,
  name: CompanyFieldsSchema.shape.name,
});

export const companyCreate = defineMutation({
  args: CompanyCreateArgsSchema,
  async run(store, args) {
    await requireAbsent(store, 'company', args.id);
    const { id, ...fields } = args;
    await checkCompanyRefs(store, fields);
    await checkParent(store, id, fields.parentId);
    await store.insert('company', id, {
      ...newCompanyDefaults(),
      ...fields,
      domain: domainOf(fields.domain ?? fields.website),
      orgNumber: checkedOrgNumber(fields.country, fields.orgNumber),
      vatNumber: compactVat(fields.vatNumber),
      logoUrl: storableLogoUrl(fields.logoUrl) ?? null,
      customerNumber: await store.nextCustomerNumber(),
    });
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

export const companyUpdate = defineMutation({
  args: z.object({ id: IdSchema, patch: PatchSchema }),
  async run(store, { id, patch }) {
    const current = await requireLive(store, 'company', id);
    await checkCompanyRefs(store, patch, current);
    if ('parentId' in patch) await checkParent(store, id, patch.parentId);
    const out: Partial<CompanyFields> = { ...patch };
    if ('orgNumber' in patch || 'country' in patch) {
      out.orgNumber = checkedOrgNumber(patch.country ?? current.country, patch.orgNumber ?? current.orgNumber);
    }
    if ('domain' in patch) out.domain = domainOf(patch.domain);
    else if (patch.website) out.domain = domainOf(patch.website);
    if ('vatNumber' in patch) out.vatNumber = compactVat(patch.vatNumber);
    if ('logoUrl' in patch) {
      const logoUrl = storableLogoUrl(patch.logoUrl);
      if (logoUrl === undefined) delete out.logoUrl;
      else out.logoUrl = logoUrl;
    }
    // A patch that only asked for a logo import changes nothing yet: the import writes when it has the file.
    if (Object.keys(out).length > 0) await store.update('company', id, out);
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

export const companyDelete = defineMutation({
  args: z.object({ id: IdSchema }),
  async run(store, { id }) {
    const row = await store.get('company', id);
    if (!row) throw new MutationError('notFound', recordNotFound('company', id));
    if (row.deletedAt === null) await store.softDelete('company', id);
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

function compactVat(value: string | null | undefined): string | null {
  return value?.replace(/[\s.-]/g, '').toUpperCase() || null;
}

/** Every company field at its empty value; creates fill in what they were given. */
export function newCompanyDefaults(): RecordFields<'company'> {
  return {
    name: '',
    website: null,
    domain: null,
    orgNumber: null,
    vatNumber: null,
    country: null,
    orgForm: null,
    naceCode: null,
    employees: null,
    registerStatus: null,
    email: null,
    phone: null,
    logoUrl: null,
    address: null,
    postalAddress: null,
    invoiceAddress: null,
    socialProfiles: [],
    relationshipTypeId: null,
    statusTypeId: null,
    industryId: null,
    departmentId: null,
    categoryIds: [],
    tagIds: [],
    ownerIds: [],
    invoice: null,
    parentId: null,
    customFields: {},
    customerNumber: null,
  };
}
