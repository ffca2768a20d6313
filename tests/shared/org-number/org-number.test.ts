import { describe, expect, it } from 'vitest';
import { detectOrgNumbers, validateOrgNumber } from '../../../shared/org-number/org-number';

describe('validateOrgNumber', () => {
  it('dispatches to the register of the given country', () => {
    expect(validateOrgNumber('NO', '923 609 016')).toEqual({ valid: true, normalized: '923609016', formatted: '923 609 016' });
    expect(validateOrgNumber('SE', '5560360793')).toMatchObject({ valid: true, formatted: '556036-0793' });
    expect(validateOrgNumber('DK', '10150817')).toMatchObject({ valid: true });
    expect(validateOrgNumber('GB', '445790')).toMatchObject({ valid: true, normalized: '00445790' });
    expect(validateOrgNumber('NL', '81923647')).toMatchObject({ valid: true });
  });

  it('judges the same digits by the rules of the country asked about', () => {
    expect(validateOrgNumber('NO', '10150817').valid).toBe(false);
    expect(validateOrgNumber('DK', '923609016').valid).toBe(false);
  });
});

const found = (text: string) => detectOrgNumbers(text).map((m) => `${m.kind} ${m.country} ${m.value}`);

describe('detectOrgNumbers', () => {
  it.each([
    ['Org.nr. 923 609 016', ['orgNumber NO 923609016']],
    ['Org nr: 923609016 MVA', ['orgNumber NO 923609016', 'vatNumber NO NO923609016MVA']],
    ['Foretaksregisteret NO 923 609 016 MVA', ['orgNumber NO 923609016', 'vatNumber NO NO923609016MVA']],
    ['Organisasjonsnummer: 923609016', ['orgNumber NO 923609016']],
    ['MVA-nr. 923 609 016', ['orgNumber NO 923609016', 'vatNumber NO NO923609016MVA']],
    ['Organisationsnummer 556036-0793', ['orgNumber SE 5560360793']],
    ['Org.nr 556036-0793', ['orgNumber SE 5560360793']],
    ['Momsreg.nr SE556036079301', ['vatNumber SE SE556036079301', 'orgNumber SE 5560360793']],
    ['CVR-nr. 10 15 08 17', ['orgNumber DK 10150817']],
    ['CVR 10150817', ['orgNumber DK 10150817']],
    ['KvK 81923647', ['orgNumber NL 81923647']],
    ['KvK-nummer: 8192 3647', ['orgNumber NL 81923647']],
    ['ingeschreven bij de Kamer van Koophandel onder nummer 81923647', ['orgNumber NL 81923647']],
    ['BTW NL819236470B01', ['vatNumber NL NL819236470B01']],
    ['Company number 01234567', ['orgNumber GB 01234567']],
    ['Registered in England and Wales No. 1234567', ['orgNumber GB 01234567']],
    ['Registered in Scotland No. SC123456', ['orgNumber GB SC123456']],
    ['VAT GB 482 9173 18', ['vatNumber GB GB482917318']],
    ['VAT: NO 923 609 016 MVA', ['orgNumber NO 923609016', 'vatNumber NO NO923609016MVA']],
    ['VAT: NO 923609016', ['orgNumber NO 923609016', 'vatNumber NO NO923609016MVA']],
    ['Registered No 01234567', ['orgNumber GB 01234567']],
  ])('reads %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds every labelled number in a footer line, in order', () => {
    const text = 'Acme Ltd · Registered in England & Wales, company no. 445790 · VAT No: 482 9173 18 · Tel 0118 496 0000';
    expect(found(text)).toEqual(['orgNumber GB 00445790', 'vatNumber GB GB482917318']);
  });

  it('reports where and how the number was written', () => {
    const [match] = detectOrgNumbers('Nordlys AS – Org.nr. 921 554 435 – Oslo');
    expect(match).toEqual({
      kind: 'orgNumber',
      country: 'NO',
      value: '921554435',
      formatted: '921 554 435',
      label: 'Org.nr.',
      raw: 'Org.nr. 921 554 435',
      index: 13,
    });
  });

  it('ignores unlabelled digit runs, phone numbers and dates', () => {
    expect(found('Ring 923 609 016 eller 22 33 44 55, åpent 2024-2025')).toEqual([]);
    expect(found('Tlf 923 609 016')).toEqual([]);
  });

  it('ignores labelled numbers that fail their check digit', () => {
    expect(found('Org.nr. 923 609 017')).toEqual([]);
    expect(found('CVR 12345678')).toEqual([]);
    expect(found('VAT GB 123 4567 89')).toEqual([]);
    expect(found('BTW NL123456789B01')).toEqual([]);
  });

  it('reads no bank details as a company number after a generic "Reg. nr" label', () => {
    expect(found('Reg.nr 8327-9, kontonr 123 456 789-0')).toEqual([]);
    expect(found('Reg. no. 12345')).toEqual([]);
  });

  it('does not run a number into the digits that follow it', () => {
    expect(found('CVR 10150817 22 33 44 55')).toEqual(['orgNumber DK 10150817']);
    expect(found('Org.nr 923 609 016 22 33 44 55')).toEqual(['orgNumber NO 923609016']);
  });
});
