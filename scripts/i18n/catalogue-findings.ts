import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { hasTranslatableWords } from './brand-words';

export type Catalogue = Record<string, string>;
export type CatalogueFinding = { language: string; key: string; why: string };

/** "E-mail {n}" → "E-mail": a word allowed to stay English is allowed beside a placeholder too. */
const withoutPlaceholders = (message: string) => message.replace(/\{\w+\}/g, '').trim();

/** The placeholders a message fills (`{count}`, `{name}`), through plurals and selects. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function parsed(message: string): Set<string> | string {
  try {
    return argumentsOf(parse(message, { ignoreTag: true }));
  } catch (err) {
    return (err as Error).message;
  }
}

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * What is wrong with the catalogues against English: a key missing or extra, a message that is not
 * valid ICU or fills other placeholders than the English one, and a value left in English where
 * the language has its own word (`sameAsEnglish` lists the values that are genuinely the same).
 */
export function catalogueFindings(
  english: Catalogue,
  others: Record<string, Catalogue>,
  sameAsEnglish: Record<string, readonly string[]>,
): CatalogueFinding[] {
  const findings: CatalogueFinding[] = [];
  const englishArgs = new Map<string, Set<string>>();
  for (const [key, message] of Object.entries(english)) {
    const args = parsed(message);
    if (typeof args === 'string') findings.push({ language: 'en', key, why: `not ICU: ${args}` });
    else englishArgs.set(key, args);
  }
  for (const [language, catalogue] of Object.entries(others)) {
    const allowed = new Set(sameAsEnglish[language] ?? []);
    for (const key of Object.keys(english)) {
      if (!(key in catalogue)) findings.push({ language, key, why: 'missing' });
    }
    for (const [key, message] of Object.entries(catalogue)) {
      if (!(key in english)) {
        findings.push({ language, key, why: 'not in the English catalogue' });
        continue;
      }
      const args = parsed(message);
      const expected = englishArgs.get(key);
      if (typeof args === 'string') findings.push({ language, key, why: `not ICU: ${args}` });
      else if (expected && !same(args, expected)) {
        findings.push({ language, key, why: `fills {${[...args].join(', ')}}, English {${[...expected].join(', ')}}` });
      }
      if (message === english[key] && hasTranslatableWords(message) && !allowed.has(withoutPlaceholders(message))) {
        findings.push({ language, key, why: `still English: "${message}"` });
      }
    }
  }
  return findings;
}
