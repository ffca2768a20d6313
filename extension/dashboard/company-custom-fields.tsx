import { Fragment } from 'preact';
import type { Company } from '../../shared/entities/company';
import { customFieldText } from './company-format';

type CompanyCustomFieldsProps = { company: Company };

export function CompanyCustomFields({ company }: CompanyCustomFieldsProps) {
  const entries = Object.entries(company.customFields);
  return (
    <div class="card">
      <h2>Custom fields</h2>
      {entries.length === 0 ? (
        <p class="muted small">None yet: use Edit to record anything the standard fields do not cover.</p>
      ) : (
        <dl class="facts" data-testid="custom-fields">
          {entries.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{key}</dt>
              <dd>{customFieldText(value)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </div>
  );
}
