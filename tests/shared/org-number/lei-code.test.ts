import { describe, expect, it } from 'vitest';
import { validateLeiCode } from '../../../shared/org-number/lei-code';

describe('validateLeiCode', () => {
  it('accepts a 20-character LEI whose MOD 97-10 remainder is 1', () => {
    expect(validateLeiCode('5493001kjtiigc8y1r12')).toEqual({
      valid: true,
      normalized: '5493001KJTIIGC8Y1R12',
      formatted: '5493001KJTIIGC8Y1R12',
    });
  });

  it.each([
    ['5493001KJTIIGC8Y1R13', 'checksum'],
    ['5493001KJTIIGC8Y1R1', 'length'],
    ['5493001KJTIIGC8Y1R-2', 'characters'],
  ])('rejects %s as %s', (input, reason) => {
    expect(validateLeiCode(input)).toMatchObject({ valid: false, reason });
  });
});
