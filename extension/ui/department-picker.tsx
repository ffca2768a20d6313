import type { RegisterCompany } from '../../shared/registers/register-company';
import { registerDisplayName } from '../../shared/registers/company-from-register';
import { useI18n } from './i18n/use-i18n';

export type DepartmentChoice = { unit: RegisterCompany; checked: boolean };

type DepartmentPickerProps = { departments: DepartmentChoice[]; onChange: (departments: DepartmentChoice[]) => void };

/** The register's sub-units of the picked company; the ticked ones are created as its departments. */
export function DepartmentPicker({ departments, onChange }: DepartmentPickerProps) {
  const { t } = useI18n();
  if (departments.length === 0) return null;
  const set = (i: number, checked: boolean) => onChange(departments.map((d, j) => (j === i ? { ...d, checked } : d)));
  const all = departments.every((d) => d.checked);
  return (
    <fieldset class="departments" data-testid="departments">
      <legend>
        {t('ui.departments.legend', { count: departments.length })}{' '}
        <button type="button" class="link small" onClick={() => onChange(departments.map((d) => ({ ...d, checked: !all })))}>
          {all ? t('ui.departments.none') : t('ui.departments.all')}
        </button>
      </legend>
      <ul>
        {departments.map((d, i) => (
          <li key={d.unit.orgNumber}>
            <label class="check-row" data-testid="department">
              <input type="checkbox" checked={d.checked} onChange={(e) => set(i, e.currentTarget.checked)} />
              <span>{registerDisplayName(d.unit.name)}</span>
              <span class="muted small">{[d.unit.orgNumber, d.unit.businessAddress?.city].filter(Boolean).join(' · ')}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
