import type { CompanyCard } from './company-page';

type CompanyContactsProps = { contacts: CompanyCard['contacts'] };

export function CompanyContacts({ contacts }: CompanyContactsProps) {
  if (contacts.length === 0) {
    return <p class="empty">No contacts linked yet: open the company's website and add people from the Fjord toolbar button.</p>;
  }
  return (
    <table class="list" data-testid="company-contacts">
      <tbody>
        {contacts.map(({ contact, position, isPrimary }) => (
          <tr key={contact.id}>
            <td>
              <a href={`#/contacts/${contact.id}`}>{`${contact.firstName} ${contact.lastName ?? ''}`.trim()}</a>
              {isPrimary && <span class="muted small"> · primary company</span>}
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
