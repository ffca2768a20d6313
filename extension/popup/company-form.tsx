import type { ComponentChildren } from 'preact';
import { currentNaceLabels } from '../ui/i18n/nace-labels';
import { useI18n } from '../ui/i18n/use-i18n';
import { initialsOf } from '../ui/initials';
import type { CompanyDraft } from './company-draft';

type CompanyFormProps = {
  draft: CompanyDraft;
  onChange: (draft: CompanyDraft) => void;
  /** The name input with the register search behind it, when signed in. */
  nameField?: ComponentChildren;
};

type TextField = Exclude<keyof CompanyDraft, 'socialProfiles' | 'register'>;

/** The company's editable fields; text from the page is only ever set as input values. */
export function CompanyForm({ draft, onChange, nameField }: CompanyFormProps) {
  const { t } = useI18n();
  const field = (key: TextField, label: string, type: 'text' | 'email' | 'tel' = 'text', required = false) => (
    <label>
      {label}
      <input
        name={key}
        type={type as 'text'}
        required={required}
        value={draft[key]}
        onInput={(e) => onChange({ ...draft, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <fieldset class="company-form">
      <div class="company-title">
        {draft.logoUrl && (
          // Never the page's logo address itself: the server fetches it once on save and keeps a copy.
          <div class="logo placeholder" title={t('popup.company.logoPending')} data-testid="logo-to-import">
            {initialsOf(draft.name)}
          </div>
        )}
        {nameField ?? field('name', t('popup.company.name'), 'text', true)}
      </div>
      {draft.register && (
        <p class="register-facts muted small" data-testid="register-facts">
          {[
            draft.register.orgFormLabel,
            draft.register.naceCode &&
              `${draft.register.naceCode} ${currentNaceLabels()[draft.register.naceCode] ?? draft.register.naceLabel ?? ''}`.trim(),
            draft.register.employees !== null && t('popup.company.employees', { count: draft.register.employees }),
            t('ui.register.status', { status: draft.register.registerStatus }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <div class="row">
        {field('website', t('popup.company.website'))}
        {field('country', t('popup.company.country'))}
      </div>
      <div class="row">
        {field('orgNumber', t('popup.company.orgNumber'))}
        {field('vatNumber', t('popup.company.vatNumber'))}
      </div>
      <div class="row">
        {field('email', t('common.email'), 'email')}
        {field('phone', t('common.phone'), 'tel')}
      </div>
      {field('street', t('popup.company.street'))}
      <div class="row">
        {field('postalCode', t('popup.company.postcode'))}
        {field('city', t('popup.company.city'))}
      </div>
      {draft.socialProfiles.length > 0 && (
        <div class="social" data-testid="social-profiles">
          <span class="muted">{t('popup.company.profiles')}</span>
          <ul>
            {draft.socialProfiles.map((url) => (
              <li key={url}>
                <span>{new URL(url).hostname.replace(/^www\./, '')}</span>
                <button
                  type="button"
                  class="link"
                  aria-label={t('popup.company.removeProfile', { url })}
                  onClick={() => onChange({ ...draft, socialProfiles: draft.socialProfiles.filter((u) => u !== url) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
