import { describe, expect, it } from 'vitest';
import { validateUkCompanyNumber } from '../../../shared/org-number/united-kingdom';

describe('validateUkCompanyNumber', () => {
  it('accepts 8 digits as they are', () => {
    expect(validateUkCompanyNumber('00006400')).toEqual({ valid: true, normalized: '00006400', formatted: '00006400' });
  });

  it('zero-pads the shortened numbers sites print', () => {
    expect(validateUkCompanyNumber('6146287')).toMatchObject({ valid: true, normalized: '06146287' });
    expect(validateUkCompanyNumber('445790')).toMatchObject({ valid: true, normalized: '00445790' });
  });

  it('accepts Scottish, Northern Irish and LLP prefixes, upper-cased', () => {
    expect(validateUkCompanyNumber('sc123456')).toMatchObject({ valid: true, normalized: 'SC123456' });
    expect(validateUkCompanyNumber('NI 012345')).toMatchObject({ valid: true, normalized: 'NI012345' });
    expect(validateUkCompanyNumber('OC301234')).toMatchObject({ valid: true, normalized: 'OC301234' });
  });

  it.each([
    ['', 'empty'],
    ['123456789', 'length'],
    ['XX123456', 'format'],
    ['SC12345', 'length'],
    ['00000000', 'format'],
    ['SC-12/3456', 'characters'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateUkCompanyNumber(input)).toMatchObject({ valid: false, reason });
  });
});
