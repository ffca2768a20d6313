import type { Company } from '../../shared/entities/company';
import type { ApiClient } from '../api/api-client';
import { formatOrgNumber } from './company-format';
import { CompanyName } from './company-name';
import type { CompanyUnit } from './company-page';

type CompanyUnitsProps = { api: ApiClient; company: Company; units: CompanyUnit[]; onSignedOut: () => void };

/** Where the company sits in its group: its parent and the departments and subsidiaries under it. */
export function CompanyUnits({ api, company, units, onSignedOut }: CompanyUnitsProps) {
  return (
    <div class="card">
      <h2>Group</h2>
      <dl class="facts">
        <dt>Parent</dt>
        <dd data-testid="fact-parent">
          {company.parentId ? (
            <CompanyName api={api} id={company.parentId} onSignedOut={onSignedOut} />
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
