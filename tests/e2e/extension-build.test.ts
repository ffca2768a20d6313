import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_EXTENSION_DIR } from './helpers/chromium';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the built extension', () => {
  it('ships only ASCII JavaScript, which Chromium accepts as UTF-8 (docs/gotchas.md)', () => {
    const scripts = files(TEST_EXTENSION_DIR).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const offending = scripts.filter((f) => readFileSync(f).some((byte) => byte > 0x7f));
    expect(offending).toEqual([]);
  });

  it("names and describes itself in the browser's language: en, no (Chrome's code for Bokmål), sv, da, nl, es", () => {
    const manifest = JSON.parse(readFileSync(join(TEST_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    const messages = (code: string) =>
      JSON.parse(readFileSync(join(TEST_EXTENSION_DIR, '_locales', code, 'messages.json'), 'utf8'));
    const english = messages('en');
    expect(english.extDescription.message).toBe('Capture companies and people from any page into Fjord CRM.');
    for (const code of ['no', 'sv', 'da', 'nl', 'es']) {
      const local = messages(code);
      expect(local.extName.message, code).toBe('Fjord CRM');
      expect(local.extDescription.message, code).toMatch(/Fjord CRM/);
      expect(local.extDescription.message, code).not.toBe(english.extDescription.message);
    }
  });
});
