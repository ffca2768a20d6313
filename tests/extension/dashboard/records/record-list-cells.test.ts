import { beforeAll, describe, expect, it } from 'vitest';
import { companyRecord } from '../../../../shared/records/company.record';
import { contactRecord } from '../../../../shared/records/contact.record';
import type { ListItem } from '../../../../shared/entities/list-item';
import { cellValue } from '../../../../extension/dashboard/records/cell-value';
import { fieldName } from '../../../../extension/dashboard/records/history-text';
import { cellText, type ListColumn } from '../../../../extension/dashboard/records/list-columns';
import { listQuery } from '../../../../extension/dashboard/records/record-list-ops';
import type { Lookups } from '../../../../extension/dashboard/records/use-lookups';
import { toQueryString } from '../../../../shared/api/query-string';
import { customFieldColumns } from '../../../../extension/dashboard/custom-fields/custom-field-columns';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';
import { cachedRecordBase } from '../../../helpers/factories';

beforeAll(() => startLanguage('en', {} as HTMLElement));

const item = (id: string, name: string): ListItem =>
  ({ ...cachedRecordBase(id), kind: 'tag', name, sortOrder: 0, appliesTo: null }) as unknown as ListItem;
const lookups: Lookups = {
  items: [item('t1', 'Key account'), item('t2', 'Nordic')],
  members: [{ id: 'u1', name: 'Admin' } as Lookups['members'][number]],
  customFields: [
    {
      ...cachedRecordBase('f1'),
      entity: 'company',
      label: 'Vessels',
      type: 'number',
      options: [],
      section: 'custom',
      sortOrder: 0,
    },
  ],
};
const column = (type: { columns: readonly ListColumn[] }, key: string) => type.columns.find((c) => c.key === key)!;

const company = {
  id: 'c1',
  name: 'Havbruk Nord AS',
  country: 'NO',
  orgNumber: '923609016',
  domain: '',
  address: { city: 'Bodø' },
  tagIds: ['t2', 't1', 'gone'],
  ownerIds: ['u1'],
  employees: 1200,
  createdAt: new Date(2026, 0, 5).getTime(),
  customFields: { f1: 1250 },
  counters: { openTasks: 2, unsignedAgreements: 0, activeProjects: 0, invoicedThisYear: { NOK: 750050 } },
};

describe('cells of a record list, by the rules its record type declares', () => {
  it('reads fields, list values and members by name, dates, and counters the list adds', () => {
    expect(cellValue(companyRecord.nameColumn, company, null)).toBe('Havbruk Nord AS');
    expect(cellValue(column(companyRecord, 'orgNumber'), company, lookups)).toBe('923 609 016');
    expect(cellValue(column(companyRecord, 'domain'), company, lookups)).toBeNull();
    expect(cellValue(column(companyRecord, 'city'), company, lookups)).toBe('Bodø');
    expect(cellValue(column(companyRecord, 'tags'), company, lookups)).toBe('Nordic, Key account, (deleted)');
    expect(cellValue(column(companyRecord, 'owners'), company, lookups)).toBe('Admin');
    expect(cellValue(column(companyRecord, 'employees'), company, lookups)).toBe(1200);
    expect(cellText(cellValue(column(companyRecord, 'created'), company, lookups))).toBe('5 Jan 2026');
    expect(cellValue(column(companyRecord, 'openTasks'), company, lookups)).toBe(2);
    expect(String(cellValue(column(companyRecord, 'invoicedThisYear'), company, lookups))).toMatch(/^NOK\s7,500\.50$/);
  });

  it('leaves list values empty until the lookups are in, and names a custom field’s value by its type', () => {
    expect(cellValue(column(companyRecord, 'tags'), company, null)).toBeNull();
    const [vessels] = customFieldColumns(lookups, 'company');
    expect(vessels).toMatchObject({ key: 'cf.f1', label: 'Vessels', numeric: true });
    expect(cellValue(vessels!, company, lookups)).toBe(1250);
    expect(cellValue(vessels!, { customFields: {} }, lookups)).toBeNull();
  });

  it('names a contact last name first and says Yes for a private customer', () => {
    const contact = { id: 'p1', firstName: 'Per', lastName: 'Dahl', isPrivateCustomer: true, address: { country: 'no' } };
    expect(cellValue(contactRecord.nameColumn, contact, null)).toBe('Dahl, Per');
    expect(cellValue(column(contactRecord, 'privateCustomer'), contact, lookups)).toBe('Yes');
    expect(cellValue(column(contactRecord, 'privateCustomer'), { ...contact, isPrivateCustomer: false }, lookups)).toBeNull();
    expect(cellValue(column(contactRecord, 'country'), contact, lookups)).toBe('NO');
  });

  it('writes cells in the language the user picked', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      const contact = { id: 'p1', firstName: 'Per', isPrivateCustomer: true };
      expect(cellValue(column(contactRecord, 'privateCustomer'), contact, lookups)).toBe('Ja');
      expect(cellValue(column(companyRecord, 'tags'), company, lookups)).toBe('Nordic, Key account, (slettet)');
      expect(cellText(cellValue(column(companyRecord, 'created'), company, lookups))).toBe('5. jan. 2026');
      expect(cellText(1250.5)).toBe('1\u00a0250,5');
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });
});

describe('history field names from each record type', () => {
  it('uses the type’s own names, any type’s when it is not known, and spells the rest out', () => {
    expect(fieldName('orgNumber', 'company')).toBe('org number');
    expect(fieldName('firstName', 'contact')).toBe('first name');
    expect(fieldName('orgNumber', 'contact')).toBe('org number');
    expect(fieldName('firstName')).toBe('first name');
    expect(fieldName('statusTypeId')).toBe('status');
    expect(fieldName('birthDate', 'contact')).toBe('birth date');
  });

  it('names fields in the language the user picked', async () => {
    await startLanguage('sv', {} as HTMLElement);
    try {
      expect(fieldName('orgNumber', 'company')).toBe('org.nr');
      expect(fieldName('firstName')).toBe('förnamn');
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });
});

describe('the list filter in the URL hash as an operation query', () => {
  it('writes back to the same query string, custom fields and id lists included', () => {
    const hash = 'tagIds=a%2Cb&cf.tier=Gold&country=NO&sort=name&dir=desc';
    expect(toQueryString(listQuery(hash))).toBe(hash);
  });
});
