import { customFieldsApi } from '../../../shared/api/custom-fields.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { CustomFieldsSection } from './custom-fields-section';
import './custom-fields-settings.css';
import { useOperation } from '../ui/use-api';

type CustomFieldsSettingsProps = { api: ApiClient; readOnly: boolean; onSignedOut: () => void };

/** Typed custom fields and the additional-information fields, for companies and for contacts. */
export function CustomFieldsSettings({ api, readOnly, onSignedOut }: CustomFieldsSettingsProps) {
  const { t } = useI18n();
  const fields = useOperation(api, customFieldsApi.list, {}, onSignedOut);
  return (
    <>
      <h2 class="settings-heading">{t('customFields.settings.title')}</h2>
      {fields.error && <p class="error">{fields.error}</p>}
      {!fields.data && !fields.error && <p class="muted">{t('common.loading')}</p>}
      {fields.data && (
        <div class="settings-grid custom-fields-grid">
          {(['company', 'contact'] as const).map((entity) => (
            <CustomFieldsSection
              key={entity}
              api={api}
              entity={entity}
              fields={fields.data?.items.filter((f) => f.entity === entity) ?? []}
              readOnly={readOnly}
              onChanged={fields.reload}
              onSignedOut={onSignedOut}
            />
          ))}
        </div>
      )}
    </>
  );
}
