import type { InvoiceSettings } from '../../../../shared/entities/invoice-settings';
import type { CompanyDraft } from './company-draft';
import { INVOICE_TYPES } from '../company-format';
import { FormField } from '../../ui/form-field';

type InvoiceFieldsetProps = {
  value: CompanyDraft['invoice'];
  onChange: (value: CompanyDraft['invoice']) => void;
  errors?: string[];
};

export function InvoiceFieldset({ value, onChange, errors }: InvoiceFieldsetProps) {
  const byEmail = value.type === 'emailTracking' || value.type === 'emailPdf';
  return (
    <FormField name="invoice" errors={errors} group>
      <div class="form-grid">
        <label>
          How
          <select
            name="invoice.type"
            value={value.type}
            onChange={(e) => onChange({ ...value, type: e.currentTarget.value as InvoiceSettings['type'] | '' })}
          >
            <option value="">Not set</option>
            {Object.entries(INVOICE_TYPES).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Credit days
          <input
            name="invoice.creditDays"
            inputMode="numeric"
            placeholder="e.g. 14"
            disabled={!value.type}
            value={value.creditDays}
            onInput={(e) => onChange({ ...value, creditDays: e.currentTarget.value })}
          />
        </label>
        {byEmail && (
          <label class="wide">
            Invoice e-mail
            <input
              name="invoice.email"
              type="email"
              placeholder="faktura@example.no"
              value={value.email}
              onInput={(e) => onChange({ ...value, email: e.currentTarget.value })}
            />
          </label>
        )}
      </div>
    </FormField>
  );
}
