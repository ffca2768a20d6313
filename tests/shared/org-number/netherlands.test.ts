import { describe, expect, it } from 'vitest';
import { validateDutchKvk } from '../../../shared/org-number/netherlands';

describe('validateDutchKvk', () => {
  it('accepts any 8 digits, spaced or not (KvK numbers carry no check digit)', () => {
    expect(validateDutchKvk('81923647')).toEqual({ valid: true, normalized: '81923647', formatted: '81923647' });
    expect(validateDutchKvk('8192 3647')).toMatchObject({ valid: true, normalized: '81923647' });
  });

  it.each([
    ['', 'empty'],
    ['1234567', 'length'],
    ['123456789', 'length'],
    ['00000000', 'format'],
    ['KVK12345', 'characters'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateDutchKvk(input)).toMatchObject({ valid: false, reason });
  });
});
