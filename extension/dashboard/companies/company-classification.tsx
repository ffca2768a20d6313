import type { Company } from '../../../shared/entities/company';
import { Fact } from '../ui/fact';
import { ListValue } from '../ui/list-value';
import { itemName, memberName, type Lookups } from '../records/use-lookups';

type CompanyClassificationProps = { company: Company; lookups: Lookups | null };

/** The settings-list values and owners, by name; ids of deleted values read "(deleted)". */
export function CompanyClassification({ company, lookups }: CompanyClassificationProps) {
  if (!lookups) return <div class="card muted">Loading…</div>;
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
      <h2>Classification</h2>
      {!hasAny && <p class="muted">Not classified yet: use Edit to set the relationship, status, industry, tags and owners.</p>}
      <dl class="facts">
        <Fact name="relationshipType" label="Relationship" value={single(company.relationshipTypeId)} />
        <Fact name="statusType" label="Status" value={single(company.statusTypeId)} />
        <Fact name="industry" label="Industry" value={single(company.industryId)} />
        <Fact name="department" label="Department" value={single(company.departmentId)} />
        <Fact name="categories" label="Categories" value={chips(company.categoryIds, (id) => itemName(lookups, id))} />
        <Fact name="tags" label="Tags" value={chips(company.tagIds, (id) => itemName(lookups, id))} />
        <Fact name="owners" label="Owners" value={chips(company.ownerIds, (id) => memberName(lookups, id))} />
      </dl>
    </div>
  );
}
