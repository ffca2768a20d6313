import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../../server/i18n/server-i18n';
import { readStoredFailure, storedFailure } from '../../../server/i18n/stored-wording';
import { RegisterError } from '../../../server/registers/register-provider';

describe('a failure stored for later readers', () => {
  const down = new RegisterError('CVR', 'down', { key: 'errors.registers.httpStatus', values: { register: 'CVR', status: 503 } });

  it('is read back in each reader’s language, one part or several', () => {
    const one = storedFailure(down);
    expect(readStoredFailure(i18nFor('en'), one)).toBe(down.message);
    expect(readStoredFailure(i18nFor('nb'), one)).not.toBe(down.message);
    expect(readStoredFailure(i18nFor('nb'), one)).toContain('503');
    const both = storedFailure(new AggregateError([down, down], 'both'));
    expect(readStoredFailure(i18nFor('en'), both)).toBe(`${down.message} ${down.message}`);
  });

  it('keeps what has no catalogue wording as it was said, and never loses a row it cannot parse', () => {
    expect(storedFailure(new Error('socket hang up'))).toBe('socket hang up');
    expect(storedFailure(new AggregateError([down, new Error('plain')], 'CVR down; plain'))).toBe('CVR down; plain');
    expect(readStoredFailure(i18nFor('sv'), 'socket hang up')).toBe('socket hang up');
    expect(readStoredFailure(i18nFor('sv'), 'wording:[{"key":"errors.nope"}]')).toBe('wording:[{"key":"errors.nope"}]');
    expect(readStoredFailure(i18nFor('sv'), 'wording:{cut')).toBe('wording:{cut');
    expect(readStoredFailure(i18nFor('sv'), null)).toBeNull();
  });
});
