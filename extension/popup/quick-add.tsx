import { MutationError, mutationErrorWords } from '../../shared/mutations/mutation-error';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { newId } from '../../shared/ids';
import { companyFieldsFromRegister } from '../../shared/registers/company-from-register';
import { ApiClient } from '../api/api-client';
import type { RegisterPick } from '../api/registers-api';
import type { TabCapture } from '../capture/capture-tab';
import { PageUnreadable } from '../capture/page-html';
import type { FjordDb } from '../db/fjord-db';
import { ask } from '../messaging/messages';
import { sessionItem } from '../settings/settings';
import { command } from '../sync/command';
import { actorOf, type Session } from '../sync/session';
import { DepartmentPicker, type DepartmentChoice } from '../ui/department-picker';
import { currentI18n, useI18n } from '../ui/i18n/use-i18n';
import { RegisterTypeahead } from '../ui/register-typeahead';
import { SyncStatus } from '../ui/sync-status';
import { useLiveQuery } from '../ui/use-live-query';
import { CompanyForm } from './company-form';
import { CompanyQuickLog } from './company-quick-log';
import { createArgsFromDraft, draftFromCapture, draftFromRegister, type CompanyDraft } from './company-draft';
import { DuplicateWarning } from './duplicate-warning';
import { findDuplicates } from './find-duplicates';
import { PeoplePicker } from './people-picker';
import { PopupNotifications } from './popup-notifications';
import { draftFromPerson, personCommands, type PersonDraft } from './person-draft';

type QuickAddProps = { db: FjordDb; capture: Promise<TabCapture> };

type Phase =
  | { kind: 'capturing' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; companyId: string }
  | { kind: 'logging'; company: { id: string; name: string }; back: Phase };

/** The toolbar popup: the page's company, prefilled, editable, saved locally and synced. */
export function QuickAdd({ db, capture }: QuickAddProps) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'capturing' });
  const [draft, setDraft] = useState<CompanyDraft | null>(null);
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const [departments, setDepartments] = useState<DepartmentChoice[]>([]);
  const api = useMemo(() => (session ? new ApiClient({ baseUrl: session.serverUrl, token: session.token }) : null), [session]);

  useEffect(() => {
    void sessionItem.getValue().then(setSession);
    capture
      .then(({ url, entities }) => {
        setDraft(draftFromCapture(entities.companies[0], url));
        setPeople(entities.people.map(draftFromPerson));
      })
      .catch((err: unknown) => {
        setError(currentI18n().t('popup.capture.failed', { reason: captureFailure(err) }));
        setDraft(draftFromCapture(undefined, null));
      })
      .finally(() => setPhase({ kind: 'editing' }));
  }, [capture]);

  // Milliseconds from opening to an editable, filled form: the popup budget (npm run bench).
  useEffect(() => {
    if (phase.kind === 'editing' && !document.body.dataset.ready)
      document.body.dataset.ready = String(Math.round(performance.now()));
  }, [phase.kind]);

  const duplicates = useLiveQuery(
    () => (draft ? findDuplicates(db, draft) : Promise.resolve([])),
    [db, draft?.name, draft?.website, draft?.orgNumber, draft?.email],
    [],
  );

  const save = async (event: Event) => {
    event.preventDefault();
    if (!draft || !session) return;
    setPhase({ kind: 'saving' });
    setError(null);
    const companyId = newId();
    try {
      const commands = [
        command('company.create', createArgsFromDraft(companyId, draft)),
        ...people.filter((p) => p.selected).flatMap((p) => personCommands(p, companyId)),
        // Ticked register sub-units become departments: child companies of the new one.
        ...departments
          .filter((d) => d.checked)
          .map((d) => command('company.create', { id: newId(), ...companyFieldsFromRegister(d.unit), parentId: companyId })),
      ];
      // Loaded on save: validation (zod) and the mutators are not needed to show the form.
      const { runCommands } = await import('../sync/commands');
      await runCommands(db, actorOf(session), commands);
      setPhase({ kind: 'saved', companyId });
      void ask('sync.kick', {}).catch(() => undefined);
    } catch (err) {
      setError(err instanceof MutationError ? mutationErrorWords(t, err) : err instanceof Error ? err.message : String(err));
      setPhase({ kind: 'editing' });
    }
  };

  const picked = (pick: RegisterPick) => {
    setDraft((current) => (current ? draftFromRegister(current, pick.company) : current));
    setDepartments(
      pick.departments.filter((d) => !pick.departmentCompanyIds[d.orgNumber]).map((unit) => ({ unit, checked: false })),
    );
  };
  const startLog = (company: { id: string; name: string }) => {
    setLogged(null);
    setPhase({ kind: 'logging', company, back: phase });
  };
  const open = (id: string) => void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}#/companies/${id}` });

  return (
    <main class="popup">
      <header class="popup-header">
        <strong>Fjord CRM</strong>
        <SyncStatus db={db} signedIn={session !== null} />
      </header>
      {phase.kind === 'capturing' && <p class="muted">{t('popup.readingPage')}</p>}
      {!session && phase.kind !== 'capturing' && (
        <p class="warning" data-testid="signed-out">
          {t('popup.signedOut.prompt')}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('popup.signedOut.openSettings')}
          </a>
          .
        </p>
      )}
      {api && phase.kind !== 'capturing' && <PopupNotifications api={api} onOpenCompany={open} />}
      {logged && (
        <p class="ok" role="status" data-testid="logged">
          {t('popup.logged', { name: logged })}
        </p>
      )}
      {phase.kind === 'logging' && session ? (
        <CompanyQuickLog
          db={db}
          session={session}
          company={phase.company}
          onDone={(saved) => {
            if (saved) setLogged(phase.company.name);
            setPhase(phase.back);
          }}
        />
      ) : phase.kind === 'saved' ? (
        <SavedNotice
          db={db}
          companyId={phase.companyId}
          onOpen={open}
          onLog={session && draft ? () => startLog({ id: phase.companyId, name: draft.name }) : undefined}
        />
      ) : (
        draft && (
          <form class="form" onSubmit={(e) => void save(e)} data-testid="quick-add">
            <DuplicateWarning companies={duplicates} onOpen={open} onLog={session ? startLog : undefined} />
            <CompanyForm
              draft={draft}
              onChange={setDraft}
              nameField={
                api ? (
                  <RegisterTypeahead
                    api={api}
                    name={draft.name}
                    onName={(name) => setDraft({ ...draft, name })}
                    onPick={picked}
                    onOpenExisting={open}
                    settingsHref={`${browser.runtime.getURL('/dashboard.html')}#/settings`}
                  />
                ) : undefined
              }
            />
            <DepartmentPicker departments={departments} onChange={setDepartments} />
            <PeoplePicker people={people} onChange={setPeople} />
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
            <div class="actions">
              <button type="submit" disabled={!session || phase.kind === 'saving'}>
                {phase.kind === 'saving' ? t('common.saving') : t('popup.save')}
              </button>
              <a class="button secondary" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
                {t('popup.dashboard')}
              </a>
            </div>
          </form>
        )
      )}
    </main>
  );
}

type SavedNoticeProps = { db: FjordDb; companyId: string; onOpen: (id: string) => void; onLog?: () => void };

function SavedNotice({ db, companyId, onOpen, onLog }: SavedNoticeProps) {
  const { t } = useI18n();
  const pending = useLiveQuery(
    async () => (await db.outbox.toArray()).some((e) => e.refs.some((r) => r.id === companyId)),
    [db, companyId],
    true,
  );
  return (
    <section class="card" data-testid="saved" data-pending={String(pending)}>
      <p>
        {t('popup.saved.done')}
        {pending ? (
          <span class="pending-badge">{t('popup.saved.pending')}</span>
        ) : (
          <span class="muted"> {t('popup.saved.synced')}</span>
        )}
      </p>
      <button type="button" class="secondary" onClick={() => onOpen(companyId)}>
        {t('popup.openInDashboard')}
      </button>{' '}
      {onLog && (
        <button type="button" class="secondary" data-testid="log-on-company" onClick={onLog}>
          {t('popup.logCallOrNote')}
        </button>
      )}
    </section>
  );
}

/** The capture's own reasons in the user's words; anything else is the browser's message, shown as is. */
function captureFailure(err: unknown): string {
  if (!(err instanceof PageUnreadable)) return err instanceof Error ? err.message : String(err);
  const { t } = currentI18n();
  return err.reason === 'noTab' ? t('popup.capture.noTab') : t('popup.capture.offLimits');
}
