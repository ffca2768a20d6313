import { ADDRESS_KEYS, type AddressDraft, type AddressField } from './company-draft';
import { fieldLabel } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';

type AddressFieldsetProps = {
  name: AddressField;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  errors?: string[];
  /** The visit address, offered as a one-click copy for the postal and invoice addresses. */
  copyFrom?: AddressDraft;
};

const PLACEHOLDERS: AddressDraft = {
  street: 'Street and number',
  postalCode: 'Postal code',
  city: 'City',
  region: 'Region / county',
  country: 'Country (NO)',
};

export function AddressFieldset({ name, value, onChange, errors, copyFrom }: AddressFieldsetProps) {
  const copyable = copyFrom && ADDRESS_KEYS.some((key) => copyFrom[key].trim());
  const input = (key: (typeof ADDRESS_KEYS)[number]) => (
    <input
      name={`${name}.${key}`}
      class={`address-${key}`}
      aria-label={`${fieldLabel(name)}: ${PLACEHOLDERS[key].toLowerCase()}`}
      placeholder={PLACEHOLDERS[key]}
      maxLength={key === 'country' ? 2 : undefined}
      value={value[key]}
      onInput={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
    />
  );
  return (
    <FormField name={name} errors={errors} group>
      {copyFrom && (
        <button
          type="button"
          class="link copy-address"
          data-testid={`copy-${name}`}
          disabled={!copyable}
          title={copyable ? undefined : 'Fill in the visit address first'}
          onClick={() => copyFrom && onChange({ ...copyFrom })}
        >
          Copy from visit address
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
