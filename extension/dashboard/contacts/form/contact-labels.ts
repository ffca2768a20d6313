import type { MessageKey } from '../../../../shared/i18n/messages';
import { currentI18n } from '../../../ui/i18n/use-i18n';

/** How the contact form labels each field; its error messages and the summary use the same words. */
const CONTACT_LABELS: Record<string, MessageKey> = {
  firstName: 'contacts.form.firstName',
  lastName: 'contacts.form.lastName',
  title: 'contacts.form.title',
  birthday: 'records.label.birthday',
  url: 'contacts.card.web',
  emails: 'contacts.form.emails',
  phones: 'contacts.form.phones',
  address: 'contacts.card.address',
  categoryIds: 'records.label.categories',
  tagIds: 'records.label.tags',
  ownerIds: 'contacts.form.owners',
  notes: 'contacts.form.notes',
  customFields: 'customFields.section.custom',
  worksAt: 'contacts.form.worksAt',
  position: 'contacts.form.position',
};

/** A field's label; a custom field's own label when the caller knows it. */
export function contactFieldLabel(field: string): string {
  const key = CONTACT_LABELS[field];
  return key ? currentI18n().t(key) : field;
}
