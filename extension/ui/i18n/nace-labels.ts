import { signal } from '@preact/signals';
import type { Language } from '../../../shared/i18n/languages';
import { loadNaceLabels, type NaceLabels } from '../../../shared/registers/nace-label-loader';
import { currentI18n } from './use-i18n';

const loaded = signal<{ language: Language; labels: NaceLabels } | null>(null);
let loading: Language | null = null;

/**
 * NACE industry names in the current language, loaded on first use (tens of kB a language, so not
 * with every screen's text). Until they arrive, and for English, the names are English; a component
 * that read them renders again once they are there.
 */
export function currentNaceLabels(): NaceLabels {
  const { language } = currentI18n();
  const now = loaded.value;
  if (now?.language === language) return now.labels;
  if (loading !== language) {
    loading = language;
    void loadNaceLabels(language).then((labels) => {
      if (loading === language) loaded.value = { language, labels };
    });
  }
  return {};
}
