import { ADDRESS_KEYS, type AddressDraft, type AddressField } from './company-draft';
import { fieldLabel } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useI18n } from '../../../ui/i18n/use-i18n';

type AddressFieldsetProps = {
  name: AddressField;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  errors?: string[];
  /** The company's other addresses, each offered as a one-click copy once it has something in it. */
  copyFrom?: { from: AddressField; value: AddressDraft }[];
  /** The group's label where the company's words do not fit (a contact's "Address"). */
  label?: string;
};

const PLACEHOLDERS: Record<keyof AddressDraft, MessageKey> = {
  street: 'companies.address.street',
  postalCode: 'companies.address.postalCode',
  city: 'companies.address.city',
  region: 'companies.address.region',
  country: 'companies.address.country',
};

const COPY_LABELS: Record<AddressField, MessageKey> = {
  address: 'companies.address.copy',
  postalAddress: 'companies.address.copyFromPostal',
  invoiceAddress: 'companies.address.copyFromInvoice',
};

export function AddressFieldset({
  name,
  value,
  onChange,
  errors,
  copyFrom = [],
  label = fieldLabel(name),
}: AddressFieldsetProps) {
  const { t, f } = useI18n();
  const sources = copyFrom.filter((source) => ADDRESS_KEYS.some((key) => source.value[key].trim()));
  const input = (key: (typeof ADDRESS_KEYS)[number]) => (
    <input
      name={`${name}.${key}`}
      class={`address-${key}`}
      aria-label={`${label}: ${t(PLACEHOLDERS[key]).toLocaleLowerCase(f.locale)}`}
      placeholder={t(PLACEHOLDERS[key])}
      maxLength={key === 'country' ? 2 : undefined}
      value={value[key]}
      onInput={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
    />
  );
  return (
    <FormField name={name} label={label} errors={errors} group>
      {sources.map(({ from, value: source }) => (
        <button
          key={from}
          type="button"
          class="link copy-address"
          data-testid={from === 'address' ? `copy-${name}` : `copy-${name}-from-${from}`}
          onClick={() => onChange({ ...source })}
        >
          {t(COPY_LABELS[from])}
        </button>
      ))}
      <div class="address-grid">
        {input('street')}
        {input('postalCode')}
        {input('city')}
        {input('region')}
        {input('country')}
      </div>
    </FormField>
  );
}
