import { describe, expect, it } from 'vitest';
import { openFjordDb } from '../../extension/db/fjord-db';
import { findDuplicates } from '../../extension/popup/find-duplicates';
import type { Company } from '../../shared/entities/company';
import { newId } from '../../shared/ids';
import { newCompanyDefaults } from '../../shared/mutations/company.mutations';
import { cachedRecordBase } from '../helpers/factories';

function company(name: string, extra: Partial<Company> = {}): Company {
  return {
    ...newCompanyDefaults(),
    ...cachedRecordBase(),
    name,
    ...extra,
  };
}

describe("the popup's duplicate check on the cache", () => {
  it('finds the same org number, the same domain (also from the e-mail) and a very similar name, never deleted ones', async () => {
    const db = openFjordDb(`dups-${newId()}`);
    const fjordline = company('Fjord Line AS', { orgNumber: '923609016', domain: 'fjordline.example.no' });
    const havbruk = company('Havbruk Nord AS', { domain: 'havbruk.example.no' });
    const gone = company('Fjord Line Cargo AS', { domain: 'fjordline.example.no', deletedAt: 1 });
    const other = company('Fjellsport AS');
    await db.companies.bulkPut([fjordline, havbruk, gone, other]);
    const probe = { name: '', website: '', orgNumber: '', email: '' };
    const ids = async (p: Partial<typeof probe>) => (await findDuplicates(db, { ...probe, ...p })).map((c) => c.name);

    expect(await ids({ orgNumber: '923 609 016' })).toEqual(['Fjord Line AS']);
    expect(await ids({ website: 'https://www.fjordline.example.no/booking' })).toEqual(['Fjord Line AS']);
    expect(await ids({ email: 'post@havbruk.example.no' })).toEqual(['Havbruk Nord AS']);
    expect(await ids({ name: 'Fjord Line' })).toEqual(['Fjord Line AS']);
    expect(await ids({ name: 'Havbruk Nord A/S' })).toEqual(['Havbruk Nord AS']);
    expect(await ids({ name: 'Fjord Invest AS' })).toEqual([]);
    db.close();
  });

  it('ranks by the shared rule, reads parent domains and never a free-mail domain', async () => {
    const db = openFjordDb(`dups-${newId()}`);
    await db.companies.bulkPut([
      company('Fjord Line AS', { orgNumber: '923609016' }),
      company('Havbruk Nord AS', { domain: 'havbruk.example.no' }),
      company('Gmail Fans AS', { domain: 'gmail.com' }),
    ]);
    const names = async (probe: { name?: string; website?: string; orgNumber?: string; email?: string }) =>
      (await findDuplicates(db, { name: '', website: '', orgNumber: '', email: '', ...probe })).map((c) => c.name);

    expect(await names({ name: 'Fjord Line', email: 'kari@mail.havbruk.example.no' })).toEqual([
      'Havbruk Nord AS',
      'Fjord Line AS',
    ]);
    expect(await names({ name: 'Havbruk Nord', orgNumber: '923 609 016' })).toEqual(['Fjord Line AS', 'Havbruk Nord AS']);
    expect(await names({ email: 'kari@gmail.com' })).toEqual([]);
    db.close();
  });
});
