import type { Company } from '../../../shared/entities/company';
import { Fact } from '../ui/fact';
import { ListValue } from '../ui/list-value';
import { itemName, memberName, type Lookups } from '../records/use-lookups';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompanyClassificationProps = { company: Company; lookups: Lookups | null };

/** The settings-list values and owners, by name; ids of deleted values read "(deleted)". */
export function CompanyClassification({ company, lookups }: CompanyClassificationProps) {
  const { t } = useI18n();
  if (!lookups) return <div class="card muted">{t('common.loading')}</div>;
  const single = (id: string | null) => id && <ListValue name={itemName(lookups, id)} />;
  const chips = (ids: string[], name: (id: string) => string) => ids.map((id) => <ListValue key={id} name={name(id)} chip />);
  const hasAny =
    company.relationshipTypeId ||
    company.statusTypeId ||
    company.industryId ||
    company.departmentId ||
    company.categoryIds.length + company.tagIds.length + company.ownerIds.length > 0;
  return (
    <div class="card">
      <h2>{t('companies.classification.title')}</h2>
      {!hasAny && <p class="muted">{t('companies.classification.empty')}</p>}
      <dl class="facts">
        <Fact
          name="relationshipType"
          label={t('dashboard.companyField.relationshipTypeId')}
          value={single(company.relationshipTypeId)}
        />
        <Fact name="statusType" label={t('dashboard.companyField.statusTypeId')} value={single(company.statusTypeId)} />
        <Fact name="industry" label={t('dashboard.companyField.industryId')} value={single(company.industryId)} />
        <Fact name="department" label={t('dashboard.companyField.departmentId')} value={single(company.departmentId)} />
        <Fact
          name="categories"
          label={t('dashboard.companyField.categoryIds')}
          value={chips(company.categoryIds, (id) => itemName(lookups, id))}
        />
        <Fact
          name="tags"
          label={t('dashboard.companyField.tagIds')}
          value={chips(company.tagIds, (id) => itemName(lookups, id))}
        />
        <Fact
          name="owners"
          label={t('dashboard.companyField.ownerIds')}
          value={chips(company.ownerIds, (id) => memberName(lookups, id))}
        />
      </dl>
    </div>
  );
}
