import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from '../../../shared/phone/normalize-phone';

describe('phone numbers', () => {
  it.each([
    ['912 34 567', 'NO', '+4791234567'],
    ['+47 912 34 567', 'SE', '+4791234567'],
    ['0047 91234567', 'DK', '+4791234567'],
    ['08-123 456 78', 'SE', '+46812345678'],
    ['33 12 34 56', 'DK', '+4533123456'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['(020) 123 4567', 'NL', '+31201234567'],
  ])('reads %s in %s as %s', (input, country, e164) => {
    expect(normalizePhone(input, country)).toEqual({ ok: true, e164 });
  });

  it('refuses what is not a phone number', () => {
    expect(normalizePhone('call me', 'NO')).toMatchObject({ ok: false });
    expect(normalizePhone('12', 'NO')).toMatchObject({ ok: false });
    expect(normalizePhone('  ', 'NO')).toEqual({ ok: false, reason: 'is empty' });
  });

  it('shows national format at home and international abroad', () => {
    expect(formatPhone('+4791234567', 'NO')).toBe('91 23 45 67'); // libphonenumber's Norwegian grouping
    expect(formatPhone('+4791234567', 'SE')).toBe('+47 91 23 45 67');
  });
});
