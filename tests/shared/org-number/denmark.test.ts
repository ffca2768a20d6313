import { describe, expect, it } from 'vitest';
import { validateDanishCvr } from '../../../shared/org-number/denmark';

describe('validateDanishCvr', () => {
  it('accepts a CVR number whose weighted sum is divisible by 11, in its written forms', () => {
    for (const input of ['10150817', '10 15 08 17', 'DK10150817', 'DK 10 15 08 17']) {
      expect(validateDanishCvr(input)).toEqual({ valid: true, normalized: '10150817', formatted: '10150817' });
    }
  });

  it('rejects a wrong check digit', () => {
    expect(validateDanishCvr('10150818')).toEqual({
      valid: false,
      normalized: '10150818',
      formatted: '10150818',
      reason: 'checksum',
    });
  });

  it('rejects numbers starting with 0, which CVR never issues', () => {
    expect(validateDanishCvr('01234567')).toMatchObject({ valid: false, reason: 'format' });
  });

  it.each([
    ['', 'empty'],
    ['1015081', 'length'],
    ['101508170', 'length'],
    ['1015O817', 'characters'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateDanishCvr(input)).toMatchObject({ valid: false, reason });
  });
});
