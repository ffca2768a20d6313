import { describe, expect, it } from 'vitest';
import { validateVatNumber } from '../../../shared/org-number/vat-number';

describe('validateVatNumber', () => {
  it('accepts Nordic VAT numbers and returns the org number they embed', () => {
    expect(validateVatNumber('NO 923 609 016 MVA')).toEqual({
      valid: true,
      normalized: 'NO923609016MVA',
      formatted: 'NO923609016MVA',
      country: 'NO',
      orgNumber: '923609016',
    });
    expect(validateVatNumber('SE556036079301')).toMatchObject({ valid: true, country: 'SE', orgNumber: '5560360793' });
    expect(validateVatNumber('DK 10 15 08 17')).toMatchObject({ valid: true, normalized: 'DK10150817', orgNumber: '10150817' });
  });

  it('rejects Nordic VAT numbers whose org number fails its check', () => {
    expect(validateVatNumber('NO923609017MVA')).toMatchObject({ valid: false, reason: 'checksum', country: 'NO' });
    expect(validateVatNumber('DK12345678')).toMatchObject({ valid: false, reason: 'checksum', country: 'DK' });
  });

  it('requires the shapes each country uses', () => {
    expect(validateVatNumber('NO923609016')).toMatchObject({ valid: false, reason: 'format' });
    expect(validateVatNumber('SE556036079302')).toMatchObject({ valid: false, reason: 'format' });
    expect(validateVatNumber('DE123456789')).toMatchObject({ valid: false, reason: 'format' });
  });

  it('checks UK VAT numbers with both HMRC modulus schemes, and formats them in groups', () => {
    expect(validateVatNumber('GB 999 9999 73')).toEqual({
      valid: true,
      normalized: 'GB999999973',
      formatted: 'GB 999 9999 73',
      country: 'GB',
    });
    expect(validateVatNumber('GB482917318')).toMatchObject({ valid: true }); // mod 97
    expect(validateVatNumber('GB482917360')).toMatchObject({ valid: true }); // mod 97 after +55
    expect(validateVatNumber('GB123456789')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(validateVatNumber('GBGD001')).toMatchObject({ valid: true });
  });

  it('checks Dutch BTW numbers with the elfproef or, for newer ones, MOD 97-10', () => {
    expect(validateVatNumber('NL819236470B01')).toMatchObject({ valid: true, country: 'NL' });
    expect(validateVatNumber('NL000099998B57')).toMatchObject({ valid: true });
    expect(validateVatNumber('NL123456789B01')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(validateVatNumber('NL819236470')).toMatchObject({ valid: false, reason: 'format' });
  });

  it('rejects empty input', () => {
    expect(validateVatNumber('  ')).toMatchObject({ valid: false, reason: 'empty' });
  });
});
