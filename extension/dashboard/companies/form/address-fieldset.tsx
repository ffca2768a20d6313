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
  /** The visit address, offered as a one-click copy for the postal and invoice addresses. */
  copyFrom?: AddressDraft;
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

export function AddressFieldset({ name, value, onChange, errors, copyFrom, label = fieldLabel(name) }: AddressFieldsetProps) {
  const { t, f } = useI18n();
  const copyable = copyFrom && ADDRESS_KEYS.some((key) => copyFrom[key].trim());
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
      {copyFrom && (
        <button
          type="button"
          class="link copy-address"
          data-testid={`copy-${name}`}
          disabled={!copyable}
          title={copyable ? undefined : t('companies.address.copyFirst')}
          onClick={() => copyFrom && onChange({ ...copyFrom })}
        >
          {t('companies.address.copy')}
        </button>
      )}
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
