import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../shared/sync/merge-patch';

const before = {
  id: 'c1',
  name: 'Fjordline AS',
  website: 'https://fjordline.no',
  phone: '+4755000000',
  address: { street: 'Kaien 1', postalCode: '5003', city: 'Bergen', country: 'NO' },
  customFields: { size: 'large', region: 'west' },
  tagIds: ['t1', 't2'],
  createdAt: 1,
  createdBy: 'u0',
  updatedAt: 1,
  updatedBy: 'u0',
  version: 7,
};
const stamp = { userId: 'u1', now: 100 };

describe('mergePatch, field-level last-writer-wins', () => {
  it('changes the fields the patch carries and keeps every other field', () => {
    const row = mergePatch(before, { name: 'Fjord Line AS' }, stamp);
    expect(row).toEqual({ ...before, name: 'Fjord Line AS', updatedAt: 100, updatedBy: 'u1' });
  });

  it('clears a field set to null', () => {
    expect(mergePatch(before, { website: null } as never, stamp).website).toBeNull();
  });

  it('leaves a field given as undefined untouched, as the server never sees it', () => {
    const row = mergePatch(before, { phone: undefined, name: 'Fjord Line AS' }, stamp);
    expect(row.phone).toBe('+4755000000');
    expect(Object.keys(row)).toEqual(Object.keys(before));
  });

  it('replaces JSON fields and lists whole instead of merging them', () => {
    const row = mergePatch(
      before,
      { customFields: { size: 'small' } as never, tagIds: ['t3'], address: { city: 'Oslo' } as never },
      stamp,
    );
    expect(row.customFields).toEqual({ size: 'small' });
    expect(row.tagIds).toEqual(['t3']);
    expect(row.address).toEqual({ city: 'Oslo' });
  });

  it('stamps who changed the row and when, and leaves the version to the server', () => {
    const row = mergePatch(before, {}, stamp);
    expect(row).toMatchObject({ updatedAt: 100, updatedBy: 'u1', createdAt: 1, createdBy: 'u0', version: 7 });
  });

  it('does not change the row it was given', () => {
    const copy = structuredClone(before);
    mergePatch(before, { name: 'Other', customFields: {} as never }, stamp);
    expect(before).toEqual(copy);
  });
});
