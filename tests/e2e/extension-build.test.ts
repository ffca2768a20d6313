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
});
