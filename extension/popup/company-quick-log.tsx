import type { FjordDb } from '../db/fjord-db';
import { ask } from '../messaging/messages';
import { actorOf, type Session } from '../sync/session';
import { quickLogCommands, type QuickLog } from '../timeline/quick-log';
import { useI18n } from '../ui/i18n/use-i18n';
import { QuickLogForm } from '../ui/quick-log-form';

type CompanyQuickLogProps = {
  db: FjordDb;
  session: Session;
  company: { id: string; name: string };
  onDone: (saved: boolean) => void;
};

/** "Log call or note" on the page's company, already in the CRM: into the cache at once, synced later. */
export function CompanyQuickLog({ db, session, company, onDone }: CompanyQuickLogProps) {
  const { t } = useI18n();
  const save = async (log: QuickLog) => {
    const { runCommands } = await import('../sync/commands');
    await runCommands(db, actorOf(session), quickLogCommands(log, session.userId));
    void ask('sync.kick', {}).catch(() => undefined);
  };
  return (
    <section class="card" data-testid="company-quick-log">
      <h2>{t('popup.quickLog.title', { name: company.name })}</h2>
      <QuickLogForm
        contactId={null}
        companyId={company.id}
        subject={company.name}
        onSubmit={save}
        onSaved={() => onDone(true)}
        onCancel={() => onDone(false)}
      />
    </section>
  );
}
