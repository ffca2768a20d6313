import { useMemo, useState } from 'preact/hooks';
import { sidebarOpenItem } from '../../settings/webmail-settings';
import { useI18n } from '../../ui/i18n/use-i18n';
import { contactDraftFor } from '../contact-draft';
import { participants, type Conversation } from '../conversation';
import { emailToLog } from '../email-to-log';
import { KnownPerson } from './known-person';
import { LogEmailSection } from './log-email-section';
import { UnknownPerson } from './unknown-person';
import { useSidebarPeople } from './use-sidebar-people';

type WebmailSidebarProps = {
  conversation: Conversation;
  /** The webmail account's own addresses, as the page names them. */
  accountAddresses: string[];
  /** Open or collapsed, as the user last left it. */
  initiallyOpen: boolean;
};

/** Who the open conversation is with, as the CRM knows them; collapsible, and quiet when it knows nothing. */
export function WebmailSidebar({ conversation, accountAddresses, initiallyOpen }: WebmailSidebarProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const people = useMemo(() => participants(conversation, accountAddresses), [conversation, accountAddresses]);
  const email = useMemo(() => emailToLog(conversation), [conversation]);
  const { data, error, reload, markLogged } = useSidebarPeople(people, email);
  const known = data?.people.filter((p) => p.contact) ?? [];
  const toggle = () => {
    setOpen(!open);
    void sidebarOpenItem.setValue(!open);
  };
  return (
    <aside class={open ? 'fjord-sidebar' : 'fjord-sidebar collapsed'} aria-label="Fjord CRM" data-testid="fjord-sidebar">
      <header>
        <strong>Fjord</strong>
        <button
          type="button"
          aria-expanded={open}
          title={t(open ? 'sidebar.toggle.collapse' : 'sidebar.toggle.expand')}
          data-testid="sidebar-toggle"
          onClick={toggle}
        >
          {open ? '›' : '‹'}
        </button>
      </header>
      {open && (
        <>
          <p class="subject" title={conversation.subject}>
            {conversation.subject}
          </p>
          {error && <p class="error">{error}</p>}
          {!data && !error && <p class="muted">{t('sidebar.lookingUp')}</p>}
          {data && (
            <LogEmailSection
              email={email}
              fullText={conversation.messages.at(-1)?.text ?? ''}
              known={known}
              logged={data.logged}
              autoLogged={data.autoLogged}
              neverLogged={data.neverLogged}
              onLogged={markLogged}
            />
          )}
          {data && data.people.length === 0 && <p class="muted small">{t('sidebar.onlyYou')}</p>}
          <ul>
            {data?.people.map((p) =>
              p.contact ? (
                <KnownPerson
                  key={p.address}
                  person={{ ...p, contact: p.contact }}
                  subject={conversation.subject}
                  onChanged={() => void reload()}
                />
              ) : (
                <UnknownPerson
                  key={p.address}
                  person={p}
                  draft={contactDraftFor(p, conversation)}
                  onSaved={() => void reload()}
                />
              ),
            )}
          </ul>
        </>
      )}
    </aside>
  );
}
