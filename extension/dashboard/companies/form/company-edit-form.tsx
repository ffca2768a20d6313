import { useMemo, useState } from 'preact/hooks';
import type { Company } from '../../../../shared/entities/company';
import { newId } from '../../../../shared/ids';
import { companiesApi } from '../../../../shared/api/companies.api';
import { ApiError, type ApiClient } from '../../../api/api-client';
import { AddressFieldset } from './address-fieldset';
import { companyDraft, draftFromRegister, draftPayload, type CompanyDraft, type Issue } from './company-draft';
import { changedFields } from '../../ui/changed-fields';
import { companyFieldsFromRegister, registerDisplayName } from '../../../../shared/registers/company-from-register';
import { DepartmentPicker, type DepartmentChoice } from '../../../ui/department-picker';
import { RegisterTypeahead } from '../../../ui/register-typeahead';
import { CompanyFormBasics } from './company-form-basics';
import { CompanyFormClassification } from './company-form-classification';
import { CompanyFormRegistration } from './company-form-registration';
import { CustomFieldsEditor } from '../../custom-fields/custom-fields-editor';
import { DraftDuplicates } from '../../duplicates/draft-duplicates';
import { fieldErrors, fieldLabel } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';
import { FormFooter } from '../../ui/form-footer';
import { InvoiceFieldset } from './invoice-fieldset';
import { ParentPicker } from './parent-picker';
import { TypedFieldsEditor, typedFieldLabel } from '../../custom-fields/typed-fields-editor';
import { navigate } from '../../use-hash-route';
import type { Lookups } from '../../records/use-lookups';
import { currentI18n, useI18n } from '../../../ui/i18n/use-i18n';

type CompanyEditFormProps = {
  api: ApiClient;
  company: Company | null;
  lookups: Lookups;
  /** The signed-in user: a new company's first owner. */
  me: string | null;
  onSignedOut: () => void;
};

/** Edits a company (PATCH of the changed fields) or creates one (POST); a failed save keeps every input. */
export function CompanyEditForm({ api, company, lookups, me, onSignedOut }: CompanyEditFormProps) {
  const [initial] = useState(() => companyDraft(company, lookups, me));
  // Minted once, so saving again after a rejected create still makes the same company.
  const [createId] = useState(newId);
  const [draft, setDraft] = useState<CompanyDraft>(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [departments, setDepartments] = useState<DepartmentChoice[]>([]);
  const errors = useMemo(() => fieldErrors(issues), [issues]);
  const { t } = useI18n();
  const change = (patch: Partial<CompanyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const cardHash = company ? `#/companies/${company.id}` : '#/companies';

  const save = async (event: Event) => {
    event.preventDefault();
    const { payload, issues: local } = draftPayload(draft);
    setIssues(local);
    setFailure(local.length > 0 ? t('companies.form.notSaved') : null);
    if (local.length > 0) return;
    const body = company ? changedFields(draftPayload(initial).payload, payload) : payload;
    if (Object.keys(body).length === 0) return navigate(cardHash);
    setSaving(true);
    try {
      const { company: saved } = company
        ? await api.call(companiesApi.update, { params: { id: company.id }, json: body })
        : await api.call(companiesApi.create, { json: { ...payload, id: createId } });
      const failed = await createDepartments(saved.id);
      if (failed.length > 0) {
        setFailure(currentI18n().t('companies.form.departmentsFailed', { name: saved.name, failed: failed.join('; ') }));
        setDepartments([]);
        return;
      }
      navigate(`#/companies/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setIssues(err instanceof ApiError ? err.issues : []);
      const { t } = currentI18n();
      setFailure(
        err instanceof ApiError && err.issues.length > 0
          ? t('companies.form.notSaved')
          : t('companies.form.notSavedReason', { reason: (err as Error).message }),
      );
    } finally {
      setSaving(false);
    }
  };

  /** The ticked register sub-units, as child companies of the one just saved; each failure named. */
  const createDepartments = async (parentId: string) => {
    const failed: string[] = [];
    for (const { unit } of departments.filter((d) => d.checked)) {
      try {
        await api.call(companiesApi.create, { json: { ...companyFieldsFromRegister(unit), parentId, id: newId() } });
      } catch (err) {
        failed.push(`${registerDisplayName(unit.name)} (${(err as Error).message})`);
      }
    }
    return failed;
  };

  const fieldsWithErrors = Object.keys(errors).map((key) => typedFieldLabel(draft.typed, key) ?? fieldLabel(key));
  const hasAdditional = draft.typed.some((t) => t.field.section === 'additional');
  return (
    <form class="company-form" data-testid="company-form" noValidate onSubmit={(e) => void save(e)}>
      <header class="content-header">
        <div>
          <a href={cardHash} class="back">
            ← {company ? company.name : t('common.companies')}
          </a>
          <h1>{company ? t('companies.form.editTitle', { name: company.name }) : t('companies.form.newTitle')}</h1>
        </div>
      </header>
      {!company && (
        <DraftDuplicates
          api={api}
          probe={{ name: draft.name, orgNumber: draft.orgNumber, website: draft.website, email: draft.email }}
        />
      )}
      <div class="form-columns">
        <CompanyFormBasics
          draft={draft}
          errors={errors}
          onChange={change}
          nameField={
            company ? undefined : (
              <RegisterTypeahead
                api={api}
                label={t('companies.form.nameRequired')}
                settingsHref="#/settings"
                name={draft.name}
                onName={(name) => change({ name })}
                onPick={(pick) => {
                  setDraft((d) => draftFromRegister(d, pick.company));
                  setDepartments(
                    pick.departments
                      .filter((d) => !pick.departmentCompanyIds[d.orgNumber])
                      .map((unit) => ({ unit, checked: false })),
                  );
                }}
                onOpenExisting={(id) => navigate(`#/companies/${id}`)}
              />
            )
          }
        />
        {!company && departments.length > 0 && (
          <section class="card form-section">
            <DepartmentPicker departments={departments} onChange={setDepartments} />
          </section>
        )}
        <CompanyFormRegistration draft={draft} errors={errors} onChange={change} />
        <CompanyFormClassification draft={draft} lookups={lookups} errors={errors} onChange={change} />
        <section class="card form-section">
          <h2>{t('companies.addresses.title')}</h2>
          <AddressFieldset
            name="address"
            value={draft.address}
            errors={errors.address}
            copyFrom={[
              { from: 'postalAddress', value: draft.postalAddress },
              { from: 'invoiceAddress', value: draft.invoiceAddress },
            ]}
            onChange={(address) => change({ address })}
          />
          <AddressFieldset
            name="postalAddress"
            value={draft.postalAddress}
            errors={errors.postalAddress}
            copyFrom={[
              { from: 'address', value: draft.address },
              { from: 'invoiceAddress', value: draft.invoiceAddress },
            ]}
            onChange={(postalAddress) => change({ postalAddress })}
          />
          <AddressFieldset
            name="invoiceAddress"
            value={draft.invoiceAddress}
            errors={errors.invoiceAddress}
            copyFrom={[
              { from: 'address', value: draft.address },
              { from: 'postalAddress', value: draft.postalAddress },
            ]}
            onChange={(invoiceAddress) => change({ invoiceAddress })}
          />
        </section>
        <section class="card form-section">
          <h2>{t('companies.form.invoicingAndGroup')}</h2>
          <InvoiceFieldset value={draft.invoice} errors={errors.invoice} onChange={(invoice) => change({ invoice })} />
          <FormField name="parentId" group errors={errors.parentId}>
            <ParentPicker
              api={api}
              selfId={company?.id ?? null}
              value={draft.parentId}
              onChange={(parentId) => change({ parentId })}
              onSignedOut={onSignedOut}
            />
          </FormField>
        </section>
        {hasAdditional && (
          <section class="card form-section">
            <h2>{t('companies.additional.title')}</h2>
            <TypedFieldsEditor
              drafts={draft.typed}
              section="additional"
              errors={errors}
              onChange={(typed) => change({ typed })}
            />
          </section>
        )}
        <section class="card form-section">
          <h2>{t('companies.form.customFields')}</h2>
          <TypedFieldsEditor drafts={draft.typed} section="custom" errors={errors} onChange={(typed) => change({ typed })} />
          <CustomFieldsEditor
            rows={draft.customFields}
            errors={errors.customFields}
            onChange={(customFields) => change({ customFields })}
          />
        </section>
      </div>
      <FormFooter
        failure={failure}
        fieldsWithErrors={fieldsWithErrors}
        cancelHash={cardHash}
        saving={saving}
        saveLabel={company ? t('companies.form.saveChanges') : t('companies.form.create')}
        saveTestId="save-company"
      />
    </form>
  );
}
