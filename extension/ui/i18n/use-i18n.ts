import { signal } from '@preact/signals';
import { loadI18n, type I18n } from '../../../shared/i18n/i18n';
import { pickLanguage, type Language } from '../../../shared/i18n/languages';
import type { MessageSet } from '../../../shared/i18n/messages';

const current = signal<I18n | null>(null);

/**
 * The language a screen speaks: its text (`t`) and formats (`f`). Components that call this render
 * again when the user picks another language. The mount awaits `startLanguage` first, so it is
 * always there during a render.
 */
export function useI18n(): I18n {
  const i18n = current.value;
  if (!i18n) throw new Error('useI18n before startLanguage: await it in the mount');
  return i18n;
}

/** For code outside components (a confirm() text, a status set from a promise): the language right now. */
export function currentI18n(): I18n {
  return useI18n();
}

/** The browser's preferred language among ours: before sign-in and for users who never picked one. */
export const browserLanguage = (): Language => pickLanguage(navigator.languages ?? [navigator.language]);

/**
 * Loads a language and switches every mounted screen to it. `root` gets the `lang` attribute: the
 * document for the extension's own pages, the sidebar's host element inside a webmail page (whose
 * own `lang` is not ours to change). `set` narrows the text to the popup's.
 */
export async function startLanguage(
  language: Language,
  root: HTMLElement = document.documentElement,
  set: MessageSet = 'all',
): Promise<I18n> {
  const i18n = current.value?.language === language ? current.value : await loadI18n(language, set);
  current.value = i18n;
  root.lang = language;
  return i18n;
}
