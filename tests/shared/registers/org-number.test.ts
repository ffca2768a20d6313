import { describe, expect, it } from 'vitest';
import { isOrgNumberCountry, validateOrgNumber } from '../../../shared/registers/org-number';

describe('validateOrgNumber for the registers we know', () => {
  // Real entities from Brønnøysund's API documentation examples (SESAM FAMILIEBARNEHAGE, SESAM AS, Sult AS).
  it.each(['971497017', '976030788', '810004282'])('accepts the Norwegian org number %s', (input) => {
    expect(validateOrgNumber('NO', input)).toEqual({
      valid: true,
      normalized: input,
      formatted: `${input.slice(0, 3)} ${input.slice(3, 6)} ${input.slice(6)}`,
    });
  });

  it('rejects the Brønnøysund documentation example 112 233 445, which fails MOD11', () => {
    expect(validateOrgNumber('NO', '112 233 445')).toEqual({
      valid: false,
      normalized: '112233445',
      formatted: '112233445',
      reason: 'checksum',
    });
  });

  it.each(['776655441', '334455660', '987123456', '123456789'])('rejects the made-up Brønnøysund example %s', (input) => {
    expect(validateOrgNumber('NO', input)).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('formats a Swedish organisationsnummer with its dash, also from the 12-digit form', () => {
    expect(validateOrgNumber('SE', '5560160680')).toEqual({ valid: true, normalized: '5560160680', formatted: '556016-0680' });
    expect(validateOrgNumber('SE', '165560160680')).toMatchObject({ valid: true, normalized: '5560160680' });
    expect(validateOrgNumber('SE', '5560160681')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('checks the Danish CVR weighted sum and strips the DK prefix', () => {
    expect(validateOrgNumber('DK', 'DK 10150817')).toEqual({ valid: true, normalized: '10150817', formatted: '10150817' });
    expect(validateOrgNumber('DK', '10150818')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('zero-pads UK company numbers and keeps the Scottish prefix', () => {
    expect(validateOrgNumber('GB', '445790')).toMatchObject({ valid: true, normalized: '00445790' });
    expect(validateOrgNumber('GB', 'sc123456')).toMatchObject({ valid: true, normalized: 'SC123456' });
    expect(validateOrgNumber('GB', 'XX123456')).toMatchObject({ valid: false, reason: 'format' });
  });

  it('accepts 8-digit KvK numbers and rejects other lengths', () => {
    expect(validateOrgNumber('NL', '8192 3647')).toEqual({ valid: true, normalized: '81923647', formatted: '81923647' });
    expect(validateOrgNumber('NL', '8192364')).toMatchObject({ valid: false, reason: 'length' });
  });

  it('reads the country code case-insensitively, so "no" still gets the MOD11 check', () => {
    expect(validateOrgNumber('no', '112233445')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(validateOrgNumber(' se ', '556016-0680')).toMatchObject({ valid: true, normalized: '5560160680' });
  });
});

describe('validateOrgNumber for other countries', () => {
  it('accepts printable values as given, compacted for storage', () => {
    expect(validateOrgNumber('DE', ' HRB 12345 ')).toEqual({ valid: true, normalized: 'HRB12345', formatted: 'HRB 12345' });
    expect(validateOrgNumber('FI', '1234567-8')).toEqual({ valid: true, normalized: '12345678', formatted: '1234567-8' });
  });

  it('accepts up to 40 characters and rejects 41', () => {
    expect(validateOrgNumber('FR', '1'.repeat(40))).toMatchObject({ valid: true });
    expect(validateOrgNumber('FR', '1'.repeat(41))).toMatchObject({ valid: false, reason: 'length' });
  });

  it('counts characters, not UTF-16 units, so 40 accented or astral characters fit', () => {
    expect(validateOrgNumber('PL', 'Ł'.repeat(40))).toMatchObject({ valid: true });
    expect(validateOrgNumber('PL', '𝟙'.repeat(40))).toMatchObject({ valid: true });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [' - . ', 'empty'],
    ['123\u0000456', 'characters'],
    ['123\n456', 'characters'],
    ['123\u200b456', 'characters'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateOrgNumber('DE', input)).toMatchObject({ valid: false, reason });
  });
});

describe('isOrgNumberCountry', () => {
  it('knows the five register countries and nothing else', () => {
    expect(['NO', 'SE', 'DK', 'GB', 'NL'].every(isOrgNumberCountry)).toBe(true);
    expect(['UK', 'DE', 'no', '', 'toString'].some(isOrgNumberCountry)).toBe(false);
  });
});
