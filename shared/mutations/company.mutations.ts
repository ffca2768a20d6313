import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CompanyFieldsSchema, type CompanyFields } from '../entities/company';
import { compactOrgNumber } from '../org-number/compact-org-number';
import { domainOf } from '../web/domain';
import { defineMutation } from './mutation';
import { MutationError } from './mutation-error';
import { requireAbsent, requireLive } from './require-live';

const PatchSchema = CompanyFieldsSchema.partial().refine((p) => Object.keys(p).length > 0, {
  message: 'must change at least one field',
});

export const companyCreate = defineMutation({
  args: CompanyFieldsSchema.partial().extend({ id: IdSchema, name: CompanyFieldsSchema.shape.name }),
  async run(store, args) {
    await requireAbsent(store, 'company', args.id);
    const { id, ...fields } = args;
    await store.insert('company', id, {
      name: fields.name,
      website: fields.website ?? null,
      domain: domainOf(fields.domain ?? fields.website),
      orgNumber: normalizeOrgNumber(fields.orgNumber),
      vatNumber: fields.vatNumber?.replace(/\s+/g, '').toUpperCase() ?? null,
      country: fields.country ?? null,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      logoUrl: fields.logoUrl ?? null,
      address: fields.address ?? null,
      socialProfiles: fields.socialProfiles ?? [],
    });
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

export const companyUpdate = defineMutation({
  args: z.object({ id: IdSchema, patch: PatchSchema }),
  async run(store, { id, patch }) {
    await requireLive(store, 'company', id);
    await store.update('company', id, normalizePatch(patch));
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

export const companyDelete = defineMutation({
  args: z.object({ id: IdSchema }),
  async run(store, { id }) {
    const row = await store.get('company', id);
    if (!row) throw new MutationError('notFound', `company ${id} not found`);
    if (row.deletedAt === null) await store.softDelete('company', id);
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

function normalizePatch(patch: Partial<CompanyFields>): Partial<CompanyFields> {
  const out: Partial<CompanyFields> = { ...patch };
  if ('orgNumber' in patch) out.orgNumber = normalizeOrgNumber(patch.orgNumber);
  if ('domain' in patch) out.domain = domainOf(patch.domain);
  else if (patch.website) out.domain = domainOf(patch.website);
  return out;
}

function normalizeOrgNumber(value: string | null | undefined): string | null {
  return compactOrgNumber(value) || null;
}
