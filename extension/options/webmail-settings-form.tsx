import { useEffect, useState } from 'preact/hooks';
import { parseAddressRules, type AddressRuleError } from '../../shared/mail/address-rules';
import { webmailSettingsItem, type WebmailSettings } from '../settings/webmail-settings';
import { useI18n } from '../ui/i18n/use-i18n';

type Draft = { autoLog: boolean; neverLog: string; ownAddresses: string };
type Errors = Partial<Record<'neverLog' | 'ownAddresses', string>>;

const RULE_ERRORS = {
  notAddress: 'options.webmail.rule.notAddress',
  notAddressOrDomain: 'options.webmail.rule.notAddressOrDomain',
} as const satisfies Record<AddressRuleError['kind'], string>;

const toDraft = (s: WebmailSettings): Draft => ({
  autoLog: s.autoLog,
  neverLog: s.neverLog.join('\n'),
  ownAddresses: s.ownAddresses.join('\n'),
});

/**
 * The webmail sidebar's choices: auto-log (off until the user turns it on), addresses and domains
 * never logged, and the user's other addresses. Nothing is saved while an entry is not an address
 * or domain; the error names the entry.
 */
export function WebmailSettingsForm() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => void webmailSettingsItem.getValue().then((s) => setDraft(toDraft(s))), []);
  if (!draft) return null;
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const neverLog = parseAddressRules(draft.neverLog);
    const ownAddresses = parseAddressRules(draft.ownAddresses);
    const words = (errors: AddressRuleError[]) => errors.map((e) => t(RULE_ERRORS[e.kind], { text: e.text })).join('; ');
    const found: Errors = {
      ...(neverLog.errors.length > 0 && { neverLog: words(neverLog.errors) }),
      ...(ownAddresses.errors.length > 0 && { ownAddresses: words(ownAddresses.errors) }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const next = { autoLog: draft.autoLog, neverLog: neverLog.rules, ownAddresses: ownAddresses.rules };
    await webmailSettingsItem.setValue(next);
    setDraft(toDraft(next));
    setSaved(true);
  };
  return (
    <form class="card form" data-testid="webmail-settings" onSubmit={(e) => void save(e)}>
      <h2>{t('options.webmail.title')}</h2>
      <label class="row">
        <input
          type="checkbox"
          name="autoLog"
          checked={draft.autoLog}
          onChange={(e) => change({ autoLog: e.currentTarget.checked })}
        />
        <span>
          {t('options.webmail.autoLog')}
          <small class="muted"> {t('options.webmail.autoLogHint')}</small>
        </span>
      </label>
      <label>
        {t('options.webmail.neverLog')}
        <small class="muted">{t('options.webmail.neverLogHint')}</small>
        <textarea
          name="neverLog"
          rows={3}
          value={draft.neverLog}
          aria-invalid={errors.neverLog ? 'true' : undefined}
          onInput={(e) => change({ neverLog: e.currentTarget.value })}
        />
        {errors.neverLog && <span class="error">{t('options.webmail.neverLogError', { errors: errors.neverLog })}</span>}
      </label>
      <label>
        {t('options.webmail.ownAddresses')}
        <small class="muted">{t('options.webmail.ownAddressesHint')}</small>
        <textarea
          name="ownAddresses"
          rows={2}
          value={draft.ownAddresses}
          aria-invalid={errors.ownAddresses ? 'true' : undefined}
          onInput={(e) => change({ ownAddresses: e.currentTarget.value })}
        />
        {errors.ownAddresses && (
          <span class="error">{t('options.webmail.ownAddressesError', { errors: errors.ownAddresses })}</span>
        )}
      </label>
      <div class="actions">
        <button type="submit">{t('common.save')}</button>
        {saved && (
          <span class="muted" data-testid="webmail-settings-saved">
            {t('options.webmail.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
