import { describe, expect, it } from 'vitest';
import { isOrgForm, normalizeOrgForm, orgFormLabel, orgForms } from '../../../shared/registers/org-forms';

describe('orgForms', () => {
  it.each([
    ['NO', ['AS', 'ASA', 'ENK', 'NUF', 'ANS', 'DA', 'SA', 'STI', 'FLI', 'KS', 'BA', 'IKS', 'KF', 'ORGL', 'STAT', 'KOMM', 'SE']],
    ['SE', ['AB', 'HB', 'KB', 'EF', 'E', 'I', 'BRF', 'EK', 'SB', 'FL']],
    ['DK', ['A/S', 'ApS', 'IVS', 'I/S', 'K/S', 'P/S', 'EVS', 'AMBA', 'FMBA', 'SMBA']],
    ['GB', ['LTD', 'PLC', 'LLP', 'LP', 'SOLE', 'CIC']],
    ['NL', ['BV', 'NV', 'VOF', 'CV', 'EZ', 'STG', 'VER', 'COOP']],
  ])('offers the common %s forms in picker order', (country, codes) => {
    expect(orgForms(country).map((form) => form.code)).toEqual(codes);
  });

  it('names every form in the local language and in English', () => {
    for (const country of ['NO', 'SE', 'DK', 'GB', 'NL']) {
      for (const form of orgForms(country)) expect(form.local && form.en, `${country} ${form.code}`).toBeTruthy();
    }
  });

  it('has no forms for countries whose registers we do not know', () => {
    expect(orgForms('DE')).toEqual([]);
    expect(orgForms('constructor')).toEqual([]);
  });
});

describe('orgFormLabel', () => {
  it('names a form in the local language by default and in English on request', () => {
    expect(orgFormLabel('NO', 'AS')).toBe('Aksjeselskap');
    expect(orgFormLabel('NO', 'AS', 'en')).toBe('Private limited company');
    expect(orgFormLabel('SE', 'BRF', 'local')).toBe('Bostadsrättsförening');
    expect(orgFormLabel('DK', 'ApS', 'local')).toBe('Anpartsselskab');
    expect(orgFormLabel('NL', 'COOP', 'local')).toBe('Coöperatie');
    expect(orgFormLabel('GB', 'CIC', 'en')).toBe('Community interest company');
  });

  it('reads the same code as a different form in each country', () => {
    expect(orgFormLabel('NO', 'SE', 'en')).toBe('European company (SE)');
    expect(orgFormLabel('SE', 'SE')).toBeUndefined();
    expect(orgFormLabel('NO', 'SA', 'en')).toBe('Cooperative');
  });

  it('returns undefined for a form the country does not have', () => {
    expect(orgFormLabel('NO', 'BV')).toBeUndefined();
  });
});

describe('isOrgForm', () => {
  it('accepts codes the way people write them', () => {
    expect(isOrgForm('DK', 'a.m.b.a.')).toBe(true);
    expect(isOrgForm('DK', 'aps')).toBe(true);
    expect(isOrgForm('NL', 'B.V.')).toBe(true);
    expect(isOrgForm('gb', 'Ltd.')).toBe(true);
  });

  it('rejects forms from another country and unknown countries', () => {
    expect(isOrgForm('NO', 'ApS')).toBe(false);
    expect(isOrgForm('DE', 'GmbH')).toBe(false);
    expect(isOrgForm('NO', '')).toBe(false);
  });

  it('keeps the slash in Danish partnership codes, since I/S and IVS are different forms', () => {
    expect(normalizeOrgForm('DK', 'i/s')).toBe('I/S');
    expect(normalizeOrgForm('DK', 'ivs')).toBe('IVS');
    expect(normalizeOrgForm('DK', 'a/s')).toBe('A/S');
  });
});
