import type { Company } from '../../../shared/entities/company';
import { formatOrgNumber } from '../../../shared/registers/format-org-number';
import type { CompanyCard, CompanyUnit } from './company-page';
import { DELETED } from '../records/use-lookups';

type CompanyUnitsProps = { company: Company; parent: CompanyCard['parent']; units: CompanyUnit[] };

/** Where the company sits in its group: its parent and the departments and subsidiaries under it. */
export function CompanyUnits({ company, parent, units }: CompanyUnitsProps) {
  return (
    <div class="card">
      <h2>Group</h2>
      <dl class="facts">
        <dt>Parent</dt>
        <dd data-testid="fact-parent">
          {parent ? (
            <a href={`#/companies/${parent.id}`}>{parent.name}</a>
          ) : company.parentId ? (
            <span class="deleted">{DELETED}</span>
          ) : (
            <span class="muted">None</span>
          )}
        </dd>
      </dl>
      <h3>Units</h3>
      {units.length === 0 ? (
        <p class="muted small">No departments or subsidiaries: edit one and pick this company as its parent.</p>
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
