import { creditApi } from '../../../shared/api/credit.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';

type CreditProvidersSectionProps = { api: ApiClient; onSignedOut: () => void };

/**
 * The credit providers and what each needs on this server: the one place an admin reads which
 * credentials to set (the company card only says a provider is not set up).
 */
export function CreditProvidersSection({ api, onSignedOut }: CreditProvidersSectionProps) {
  const { t } = useI18n();
  const providers = useOperation(api, creditApi.providers, {}, onSignedOut);
  return (
    <section class="card" data-testid="credit-providers-settings">
      <h2>{t('settings.credit.title')}</h2>
      {providers.error && <p class="error">{providers.error}</p>}
      <ul class="plain-list">
        {providers.data?.items.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            <div class="muted small" data-testid={p.unavailable ? 'credit-setup' : undefined}>
              {p.unavailable ?? t('settings.credit.ready')}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
