import type { ListItem, ListKind } from '../../../shared/entities/list-item';

/** How the settings page names each list, and what it is for. */
export const LIST_KIND_TEXT: Record<ListKind, { title: string; singular: string; plural: string; about: string }> = {
  relationshipType: {
    title: 'Relationship types',
    singular: 'relationship type',
    plural: 'relationship types',
    about: 'What a company is to you.',
  },
  statusType: { title: 'Statuses', singular: 'status', plural: 'statuses', about: 'Where the work with a company stands.' },
  industry: {
    title: 'Industries',
    singular: 'industry',
    plural: 'industries',
    about: "Your own grouping of customers' lines of business.",
  },
  category: { title: 'Categories', singular: 'category', plural: 'categories', about: 'For companies, contacts or both.' },
  tag: { title: 'Tags', singular: 'tag', plural: 'tags', about: 'Free labels: a company can have many.' },
  department: {
    title: 'Departments',
    singular: 'department',
    plural: 'departments',
    about: 'The parts of your own organisation that own customers.',
  },
  activityType: {
    title: 'Activity types',
    singular: 'activity type',
    plural: 'activity types',
    about: 'Besides call, meeting, visit, e-mail and note: what your team logs.',
  },
};

export const APPLIES_TO: Record<ListItem['appliesTo'], string> = {
  company: 'Companies',
  contact: 'Contacts',
  both: 'Companies and contacts',
};
