import type { CompanyCard } from './company-page';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompanyContactsProps = { contacts: CompanyCard['contacts'] };

export function CompanyContacts({ contacts }: CompanyContactsProps) {
  const { t } = useI18n();
  if (contacts.length === 0) return <p class="empty">{t('companies.contacts.empty')}</p>;
  return (
    <table class="list" data-testid="company-contacts">
      <tbody>
        {contacts.map(({ contact, position, isPrimary }) => (
          <tr key={contact.id}>
            <td>
              <a href={`#/contacts/${contact.id}`}>{`${contact.firstName} ${contact.lastName ?? ''}`.trim()}</a>
              {isPrimary && <span class="muted small"> · {t('companies.contacts.primary')}</span>}
            </td>
            <td>{position ?? contact.title ?? ''}</td>
            <td>{contact.email ?? ''}</td>
            <td>{contact.phone ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
