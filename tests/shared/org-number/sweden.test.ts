import { describe, expect, it } from 'vitest';
import { luhnValid, validateSwedishOrgNumber } from '../../../shared/org-number/sweden';

const TODAY = new Date('2025-06-01');

describe('validateSwedishOrgNumber', () => {
  it('accepts an aktiebolag with or without the dash, and formats it NNNNNN-NNNN', () => {
    for (const input of ['556036-0793', '5560360793', '556036 0793', 'SE 556036-0793']) {
      expect(validateSwedishOrgNumber(input, TODAY)).toEqual({ valid: true, normalized: '5560360793', formatted: '556036-0793' });
    }
  });

  it('accepts the 12-digit form with the "16" prefix', () => {
    expect(validateSwedishOrgNumber('165560160680', TODAY)).toMatchObject({ valid: true, normalized: '5560160680' });
  });

  it("accepts a sole trader's personnummer and marks holders over 100 with a plus", () => {
    expect(validateSwedishOrgNumber('195102179974', TODAY)).toMatchObject({ valid: true, formatted: '510217-9974' });
    expect(validateSwedishOrgNumber('191212121212', TODAY)).toMatchObject({ valid: true, formatted: '121212+1212' });
  });

  it('accepts a samordningsnummer (day of birth + 60)', () => {
    expect(validateSwedishOrgNumber('200304839996', TODAY)).toMatchObject({ valid: true, normalized: '0304839996' });
  });

  it.each(['5560160681', '556103-4250'])('rejects %s for its Luhn check digit', (input) => {
    expect(validateSwedishOrgNumber(input, TODAY)).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('rejects a century prefix that contradicts the number type', () => {
    expect(validateSwedishOrgNumber('195560360793', TODAY)).toMatchObject({ valid: false, reason: 'format' });
    expect(validateSwedishOrgNumber('161212121212', TODAY)).toMatchObject({ valid: false, reason: 'format' });
  });

  it('rejects a personnummer that is not a date', () => {
    // Luhn-valid, but month 13.
    expect(validateSwedishOrgNumber('1213121211', TODAY)).toMatchObject({ valid: false, reason: 'date' });
  });

  it.each([
    ['', 'empty'],
    ['55603607', 'length'],
    ['556036-079X', 'characters'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateSwedishOrgNumber(input, TODAY)).toMatchObject({ valid: false, reason });
  });
});

describe('luhnValid', () => {
  it('doubles from the first of the ten digits', () => {
    expect(luhnValid('5560360793')).toBe(true);
    expect(luhnValid('5560360794')).toBe(false);
  });
});
