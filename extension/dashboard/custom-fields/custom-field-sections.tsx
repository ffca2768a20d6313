import type { CustomFieldFields } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import { AdditionalInfoPanel } from '../companies/additional-info-panel';
import { entityFields } from './custom-field-defs';
import { CustomFieldsCard } from './custom-fields-card';
import type { Lookups } from '../records/use-lookups';

type CustomFieldSectionsProps = {
  entity: CustomFieldFields['entity'];
  /** Writes the record's custom fields whole. */
  save: (customFields: CustomFields) => Promise<unknown>;
  values: CustomFields;
  lookups: Lookups | null;
  emptyHint: string;
  onSaved: () => void;
  onSignedOut: () => void;
};

/** A card's custom fields and, when the workspace has any, its additional information (the contact card). */
export function CustomFieldSections({
  entity,
  save,
  values,
  lookups,
  emptyHint,
  onSaved,
  onSignedOut,
}: CustomFieldSectionsProps) {
  const additional = lookups ? entityFields(lookups, entity, 'additional') : [];
  return (
    <div class="card-grid">
      <CustomFieldsCard entity={entity} values={values} lookups={lookups} emptyHint={emptyHint} />
      {additional.length > 0 && (
        <AdditionalInfoPanel save={save} values={values} fields={additional} onSaved={onSaved} onSignedOut={onSignedOut} />
      )}
    </div>
  );
}
