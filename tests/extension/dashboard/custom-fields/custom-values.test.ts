import { beforeAll, describe, expect, it } from 'vitest';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';
import type { CustomField } from '../../../../shared/entities/custom-field';
import { entityFields, splitCustomFields } from '../../../../extension/dashboard/custom-fields/custom-field-defs';
import { draftValue, typedPayload, valueDraft } from '../../../../extension/dashboard/custom-fields/custom-value-draft';
import {
  customCellValue,
  customFilterText,
  customValueText,
  type CustomValue,
} from '../../../../extension/dashboard/custom-fields/custom-value-format';
import { cachedRecordBase } from '../../../helpers/factories';

let n = 0;
const field = (over: Partial<CustomField>): CustomField => ({
  ...cachedRecordBase(`01900000-0000-7000-8000-00000000000${n++}`),
  entity: 'company',
  label: 'Field',
  type: 'text',
  options: [],
  section: 'custom',
  sortOrder: 0,
  ...over,
});

// English, as the test browser speaks it; no document here, so the lang attribute goes on a stand-in.
beforeAll(() => startLanguage('en', {} as HTMLElement));

describe('typed custom values', () => {
  const tier = field({ label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] });
  const fleet = field({ label: 'Fleet size', type: 'number' });
  const renewal = field({ label: 'Renewal', type: 'date' });
  const key = field({ label: 'Key account', type: 'boolean' });
  const products = field({ label: 'Products', type: 'multiChoice', options: ['CRM', 'ERP'] });
  const sources = field({ label: 'Sources', type: 'multiChoice', options: [] });

  it('shows each type in words and keeps numbers and dates typed for exports', () => {
    expect(customValueText(key, true)).toBe('Yes');
    expect(customValueText(key, false)).toBe('No');
    expect(customValueText(fleet, 1250.5)).toBe('1,250.5');
    expect(customValueText(renewal, '2027-01-31')).toBe('31 Jan 2027');
    expect(customValueText(products, ['CRM', 'ERP'])).toBe('CRM, ERP');
    expect(customValueText(tier, null)).toBe('—');
    expect(customValueText(products, [])).toBe('—');

    expect(customCellValue(fleet, 12)).toBe(12);
    const day = customCellValue(renewal, '2027-01-31') as Date;
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2027, 0, 31]);
    expect(customCellValue(key, false)).toBe('No');
    expect(customCellValue(tier, undefined)).toBeNull();
    expect(customFilterText(key, 'true')).toBe('Yes');
    expect(customFilterText(renewal, '2027-01-31')).toBe('31 Jan 2027');
  });

  it('shows values the way the user’s language writes them', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      expect(customValueText(key, true)).toBe('Ja');
      expect(customValueText(fleet, 1250.5).replace(/\u00a0/g, ' ')).toBe('1 250,5');
      expect(customValueText(renewal, '2027-01-31')).toBe('31. jan. 2027');
      expect(draftValue(fleet, 'tolv').problem).toBe('må være et tall');
      // The same words the server would answer with, in the user's language rather than English.
      expect(draftValue(tier, 'Bronse').problem).toBe('må være en av: Gold, Silver');
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });

  it('turns form input into stored values, with the same problems the server names', () => {
    expect(draftValue(fleet, '1 250,5')).toEqual({ value: 1250.5, problem: null });
    expect(draftValue(fleet, 'twelve')).toEqual({ value: 'twelve', problem: 'must be a number' });
    expect(draftValue(tier, 'Bronze').problem).toBe('must be one of: Gold, Silver');
    expect(draftValue(renewal, '2027-02-30').problem).toBe('must be a date as YYYY-MM-DD');
    expect(draftValue(key, 'false')).toEqual({ value: false, problem: null });
    expect(draftValue(key, '')).toEqual({ value: null, problem: null });
    expect(draftValue(products, ['ERP'])).toEqual({ value: ['ERP'], problem: null });
    expect(draftValue(sources, 'Fair, Web ,')).toEqual({ value: ['Fair', 'Web'], problem: null });
    const roundTrips: [CustomField, CustomValue][] = [
      [fleet, 12],
      [tier, 'Gold'],
      [key, true],
      [products, ['CRM']],
      [sources, ['Fair']],
      [renewal, '2027-01-31'],
    ];
    for (const [f, v] of roundTrips) {
      expect(draftValue(f, valueDraft(f, v)).value, f.label).toEqual(v);
    }
  });

  it('leaves cleared values out and reports problems under the field id', () => {
    const { values, problems } = typedPayload([
      { field: tier, value: 'Gold' },
      { field: key, value: '' },
      { field: fleet, value: 'many' },
    ]);
    expect(values).toEqual({ [tier.id]: 'Gold' });
    expect(problems).toEqual({ [`cf.${fleet.id}`]: 'must be a number' });
  });

  it('sorts a record’s values into typed fields, free-form keys and values of deleted fields', () => {
    const lookups = {
      customFields: [field({ ...tier, sortOrder: 2 }), field({ ...fleet, sortOrder: 1 }), field({ entity: 'contact' })],
    };
    expect(entityFields(lookups, 'company').map((f) => f.label)).toEqual(['Fleet size', 'Tier']);
    const gone = '01900000-0000-7000-8000-0000000000ff';
    const { free, orphaned } = splitCustomFields(
      { [tier.id]: 'Gold', contract_no: 'K-17', [gone]: 3 },
      entityFields(lookups, 'company'),
    );
    expect(free).toEqual([['contract_no', 'K-17']]);
    expect(orphaned).toEqual({ [gone]: 3 });
  });
});
