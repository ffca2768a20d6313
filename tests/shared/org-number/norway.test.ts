import { describe, expect, it } from 'vitest';
import { norwegianCheckDigit, validateNorwegianOrgNumber } from '../../../shared/org-number/norway';

describe('validateNorwegianOrgNumber', () => {
  it.each(['923609016', '921554435', '123456785', '135795313'])('accepts %s, whose MOD11 check digit is right', (input) => {
    expect(validateNorwegianOrgNumber(input)).toEqual({
      valid: true,
      normalized: input,
      formatted: `${input.slice(0, 3)} ${input.slice(3, 6)} ${input.slice(6)}`,
    });
  });

  it('accepts the spaced, dotted and VAT forms and normalises them to digits', () => {
    for (const input of ['923 609 016', '923.609.016', ' 923609016 ', 'NO 923 609 016 MVA', 'no923609016mva']) {
      expect(validateNorwegianOrgNumber(input)).toMatchObject({ valid: true, normalized: '923609016', formatted: '923 609 016' });
    }
  });

  it.each(['923609017', '135795310', '889640780'])('rejects %s for its check digit', (input) => {
    expect(validateNorwegianOrgNumber(input)).toEqual({ valid: false, normalized: input, formatted: input, reason: 'checksum' });
  });

  it('rejects numbers whose remainder leaves no possible check digit', () => {
    expect(norwegianCheckDigit('00000300')).toBe(null); // 3 × weight 4 = 12, remainder 1
    expect(validateNorwegianOrgNumber('000003001').reason).toBe('checksum');
  });

  it.each([
    ['', 'empty'],
    ['88964A782', 'characters'],
    ['88964{782', 'characters'],
    ['8866442210', 'length'],
    ['88664422-', 'length'],
    ['88964078', 'length'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateNorwegianOrgNumber(input)).toMatchObject({ valid: false, reason });
  });
});
