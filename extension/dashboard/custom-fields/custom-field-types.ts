import type { CustomFieldFields, CustomFieldType } from '../../../shared/entities/custom-field';

/** How the settings page, forms and filters name each field type. */
export const TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  boolean: 'Yes/no',
  choice: 'Choice',
  multiChoice: 'Multiple choice',
};

export const SECTION_LABELS: Record<CustomFieldFields['section'], string> = {
  custom: 'Custom fields',
  additional: 'Additional information',
};

export const ENTITY_TEXT: Record<CustomFieldFields['entity'], { title: string; plural: string }> = {
  company: { title: 'Company fields', plural: 'companies' },
  contact: { title: 'Contact fields', plural: 'contacts' },
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
