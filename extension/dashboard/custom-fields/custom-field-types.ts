import type { CustomFieldFields, CustomFieldType } from '../../../shared/entities/custom-field';
import type { MessageKey } from '../../../shared/i18n/messages';

/** How the settings page, forms and filters name each field type. */
export const TYPE_LABELS: Record<CustomFieldType, MessageKey> = {
  text: 'customFields.type.text',
  number: 'customFields.type.number',
  date: 'customFields.type.date',
  boolean: 'customFields.type.boolean',
  choice: 'customFields.type.choice',
  multiChoice: 'customFields.type.multiChoice',
};

export const SECTION_LABELS: Record<CustomFieldFields['section'], MessageKey> = {
  custom: 'customFields.section.custom',
  additional: 'customFields.section.additional',
};

/** Each entity's heading in the settings, and what its empty list of typed fields says (to members, to admins). */
export const ENTITY_TEXT: Record<CustomFieldFields['entity'], { title: MessageKey; empty: MessageKey; emptyAdd: MessageKey }> = {
  company: {
    title: 'customFields.entity.company.title',
    empty: 'customFields.entity.company.empty',
    emptyAdd: 'customFields.entity.company.emptyAdd',
  },
  contact: {
    title: 'customFields.entity.contact.title',
    empty: 'customFields.entity.contact.empty',
    emptyAdd: 'customFields.entity.contact.emptyAdd',
  },
};

export const hasChoices = (type: CustomFieldType) => type === 'choice' || type === 'multiChoice';

/** One choice per line; blank lines and repeats dropped. */
export function choicesFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
