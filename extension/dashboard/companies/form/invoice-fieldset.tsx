import type { InvoiceSettings } from '../../../../shared/entities/invoice-settings';
import type { CompanyDraft } from './company-draft';
import { INVOICE_TYPES } from '../company-format';
import { FormField } from '../../ui/form-field';
import { useI18n } from '../../../ui/i18n/use-i18n';

type InvoiceFieldsetProps = {
  value: CompanyDraft['invoice'];
  onChange: (value: CompanyDraft['invoice']) => void;
  errors?: string[];
};

export function InvoiceFieldset({ value, onChange, errors }: InvoiceFieldsetProps) {
  const { t } = useI18n();
  const byEmail = value.type === 'emailTracking' || value.type === 'emailPdf';
  return (
    <FormField name="invoice" errors={errors} group>
      <div class="form-grid">
        <label>
          {t('companies.invoice.how')}
          <select
            name="invoice.type"
            value={value.type}
            onChange={(e) => onChange({ ...value, type: e.currentTarget.value as InvoiceSettings['type'] | '' })}
          >
            <option value="">{t('common.notSet')}</option>
            {Object.entries(INVOICE_TYPES).map(([type, label]) => (
              <option key={type} value={type}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('companies.invoice.creditDaysLabel')}
          <input
            name="invoice.creditDays"
            inputMode="numeric"
            placeholder={t('companies.invoice.creditDaysPlaceholder')}
            disabled={!value.type}
            value={value.creditDays}
            onInput={(e) => onChange({ ...value, creditDays: e.currentTarget.value })}
          />
        </label>
        {byEmail && (
          <label class="wide">
            {t('companies.invoice.email')}
            <input
              name="invoice.email"
              type="email"
              placeholder={t('companies.invoice.emailPlaceholder')}
              value={value.email}
              onInput={(e) => onChange({ ...value, email: e.currentTarget.value })}
            />
          </label>
        )}
      </div>
    </FormField>
  );
}
