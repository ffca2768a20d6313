import type { ComponentChildren } from 'preact';
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
          <div class="logo placeholder" title="The server fetches this logo when you save" data-testid="logo-to-import">
            {initialsOf(draft.name)}
          </div>
        )}
        {nameField ?? field('name', 'Company name', 'text', true)}
      </div>
      {draft.register && (
        <p class="register-facts muted small" data-testid="register-facts">
          {[
            draft.register.orgFormLabel,
            draft.register.naceCode && `${draft.register.naceCode} ${draft.register.naceLabel ?? ''}`.trim(),
            draft.register.employees !== null && `${draft.register.employees} employees`,
            draft.register.registerStatus !== 'active' && draft.register.registerStatus,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <div class="row">
        {field('website', 'Website')}
        {field('country', 'Country (ISO)')}
      </div>
      <div class="row">
        {field('orgNumber', 'Org number')}
        {field('vatNumber', 'VAT number')}
      </div>
      <div class="row">
        {field('email', 'E-mail', 'email')}
        {field('phone', 'Phone', 'tel')}
      </div>
      {field('street', 'Street address')}
      <div class="row">
        {field('postalCode', 'Postcode')}
        {field('city', 'City')}
      </div>
      {draft.socialProfiles.length > 0 && (
        <div class="social" data-testid="social-profiles">
          <span class="muted">Profiles</span>
          <ul>
            {draft.socialProfiles.map((url) => (
              <li key={url}>
                <span>{new URL(url).hostname.replace(/^www\./, '')}</span>
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove ${url}`}
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
