import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../shared/i18n/formats';
import { acceptedLanguages, pickLanguage } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translator';
import type { Messages } from '../../shared/i18n/messages';

// Narrow non-breaking spaces separate thousands and amounts in Nordic locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('picking a language', () => {
  it('takes the first of the browser or Accept-Language tags that Fjord speaks, Norwegian by any of its codes', () => {
    expect(pickLanguage(['de-DE', 'nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(['no'])).toBe('nb');
    expect(pickLanguage(['nn-NO'])).toBe('nb');
    expect(pickLanguage(['sv_FI'])).toBe('sv');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('reads Accept-Language by quality, then by order', () => {
    expect(acceptedLanguages('en;q=0.5, da-DK, es;q=0.8, fr;q=0')).toEqual(['da-DK', 'es', 'en']);
    expect(pickLanguage(acceptedLanguages('fr-CH, fr;q=0.9, es-ES;q=0.8, *;q=0.5'))).toBe('es');
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe('messages', () => {
  const messages = {
    'x.count': '{count, plural, one {# kunde} other {# kunder}}',
    'x.plain': "Don't worry {name}",
  } as unknown as Messages;
  const t = translator('nb', messages);

  it('pluralises and formats the number in the language', () => {
    expect(t('x.count' as never, { count: 1 })).toBe('1 kunde');
    expect(plain(t('x.count' as never, { count: 12500 }))).toBe('12 500 kunder');
    expect(t('x.plain' as never, { name: 'Kari' })).toBe("Don't worry Kari");
  });
});

describe('formats', () => {
  const day = new Date(Date.UTC(2026, 11, 4, 9, 30));

  it('writes one date format per language, day before month in all six', () => {
    expect(formatsFor('en').date(day)).toBe('4 Dec 2026');
    expect(formatsFor('nb').date(day)).toBe('4. des. 2026');
    expect(formatsFor('sv').date(day)).toBe('4 dec. 2026');
    expect(formatsFor('da').date(day)).toBe('4. dec. 2026');
    expect(formatsFor('nl').date(day)).toBe('4 dec 2026');
    expect(formatsFor('es').date(day)).toBe('4 dic 2026');
  });

  it('writes numbers, money and percentages the local way', () => {
    expect(plain(formatsFor('nb').integer(1234567))).toBe('1 234 567');
    expect(formatsFor('nl').integer(1234567)).toBe('1.234.567');
    expect(plain(formatsFor('nb').money(12500, 'NOK'))).toBe('12 500,00 kr');
    expect(plain(formatsFor('sv').money(12500, 'SEK'))).toBe('12 500,00 kr');
    expect(formatsFor('en').money(12500, 'GBP')).toBe('£12,500.00');
    expect(plain(formatsFor('es').money(12500, 'EUR'))).toBe('12.500,00 €');
    expect(plain(formatsFor('da').percent(0.25))).toBe('25 %');
  });

  it('names countries, says how long ago, and starts the week on Monday', () => {
    expect(formatsFor('nb').country('se')).toBe('Sverige');
    expect(formatsFor('es').country('NO')).toBe('Noruega');
    const now = day.getTime();
    expect(formatsFor('en').relative(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatsFor('nb').relative(now + 2 * 3_600_000, now)).toBe('om 2 timer');
    for (const language of ['en', 'nb', 'sv', 'da', 'nl', 'es'] as const) expect(formatsFor(language).firstDayOfWeek).toBe(1);
  });
});
