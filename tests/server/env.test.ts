import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env';

describe('configuration', () => {
  it('defaults to the embedded database file and port 8787', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATABASE_URL: 'file:./data/fjord.db', PORT: 8787, SEED_DEMO: true, CORS_ORIGINS: [] });
  });

  it.each([
    'file:/srv/fjord.db',
    'libsql://fjord-acme.turso.io',
    'http://127.0.0.1:8080',
    'https://db.example.no',
    'ws://127.0.0.1:8080',
  ])('accepts %s as DATABASE_URL', (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it('names every bad variable', () => {
    expect(() => parseEnv({ PORT: 'x', DATABASE_URL: 'postgres://db', ADMIN_PASSWORD: 'short' })).toThrow(
      /PORT: .*\n.*DATABASE_URL: must start with file:.*\n.*ADMIN_PASSWORD: must be at least 8 characters/,
    );
  });

  it('treats an empty variable as unset and splits CORS_ORIGINS', () => {
    const env = parseEnv({ ADMIN_EMAIL: '', PORT: '', CORS_ORIGINS: 'https://crm.example.no, https://intra.example.no' });
    expect(env.ADMIN_EMAIL).toBeUndefined();
    expect(env.PORT).toBe(8787);
    expect(env.CORS_ORIGINS).toEqual(['https://crm.example.no', 'https://intra.example.no']);
  });
});
