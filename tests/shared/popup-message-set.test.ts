import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { loadMessages } from '../../shared/i18n/messages';

/** Every project file the popup's screen imports, followed from its mount through relative imports. */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Type-only imports bring no text; the rest (static and dynamic) do.
    const specifiers = [...source.matchAll(/(?:import(?!\s+type\b)[^'"]*?from\s*|import\(\s*)'(\.{1,2}\/[^']+)'/g)];
    for (const [, specifier] of specifiers) {
      const base = resolve(dirname(file), specifier!);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((f) => existsSync(f) && !f.endsWith('/'));
      if (found && !found.includes('/shared/i18n/catalogues/')) visit(found);
    }
  };
  visit(resolve(entry));
  return [...seen];
}

describe("the popup's message set", () => {
  it('holds every key the popup code can ask for, in all six languages', async () => {
    const all = await loadMessages('en');
    const files = importGraph('extension/popup/mount-popup.tsx');
    expect(files.length).toBeGreaterThan(10);
    // A key is any quoted literal that names one: t('popup.save'), labels in maps, error reasons' keys.
    const used = new Set<string>();
    for (const file of files) {
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) {
        if (literal! in all) used.add(literal!);
      }
    }
    expect(used.has('popup.save')).toBe(true);
    for (const language of LANGUAGES) {
      const popup = await loadMessages(language, 'popup');
      expect(
        [...used].filter((key) => !(key in popup)),
        `keys the popup uses that its ${language} set lacks`,
      ).toEqual([]);
    }
  });

  it('is a fraction of the whole catalogue', async () => {
    const whole = Object.keys(await loadMessages('nb')).length;
    const popup = Object.keys(await loadMessages('nb', 'popup')).length;
    expect(popup).toBeGreaterThan(0);
    expect(popup / whole).toBeLessThan(0.5);
  });
});
