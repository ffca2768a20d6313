import type { Company } from '../../../shared/entities/company';
import { formatOrgNumber } from '../../../shared/registers/format-org-number';
import type { CompanyCard, CompanyUnit } from './company-page';
import { deletedName } from '../records/use-lookups';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompanyUnitsProps = { company: Company; parent: CompanyCard['parent']; units: CompanyUnit[] };

/** Where the company sits in its group: its parent and the departments and subsidiaries under it. */
export function CompanyUnits({ company, parent, units }: CompanyUnitsProps) {
  const { t } = useI18n();
  return (
    <div class="card">
      <h2>{t('companies.units.group')}</h2>
      <dl class="facts">
        <dt>{t('companies.units.parent')}</dt>
        <dd data-testid="fact-parent">
          {parent ? (
            <a href={`#/companies/${parent.id}`}>{parent.name}</a>
          ) : company.parentId ? (
            <span class="deleted">{deletedName()}</span>
          ) : (
            <span class="muted">{t('common.none')}</span>
          )}
        </dd>
      </dl>
      <h3>{t('companies.units.title')}</h3>
      {units.length === 0 ? (
        <p class="muted small">{t('companies.units.empty')}</p>
      ) : (
        <ul class="units" data-testid="company-units">
          {units.map((unit) => (
            <li key={unit.id}>
              <a href={`#/companies/${unit.id}`}>{unit.name}</a>
              <span class="muted small">
                {[formatOrgNumber(company.country, unit.orgNumber), unit.city].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
