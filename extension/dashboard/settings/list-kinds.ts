import type { ListItem, ListKind } from '../../../shared/entities/list-item';
import type { MessageKey } from '../../../shared/i18n/messages';

type KindText = { title: MessageKey; plural: MessageKey; about: MessageKey; newItem: MessageKey };

/**
 * How the settings page names each list, what it is for, and the label of the input that adds a
 * value ("New tag": a whole phrase, so "new" agrees with the noun). `plural` is a lowercase noun;
 * the sentences around it ("No {plural} yet") are worded to take it in every language.
 */
export const LIST_KIND_TEXT: Record<ListKind, KindText> = {
  relationshipType: {
    title: 'settings.list.relationshipType.title',
    plural: 'settings.list.relationshipType.plural',
    about: 'settings.list.relationshipType.about',
    newItem: 'settings.list.relationshipType.newItem',
  },
  statusType: {
    title: 'settings.list.statusType.title',
    plural: 'settings.list.statusType.plural',
    about: 'settings.list.statusType.about',
    newItem: 'settings.list.statusType.newItem',
  },
  industry: {
    title: 'settings.list.industry.title',
    plural: 'settings.list.industry.plural',
    about: 'settings.list.industry.about',
    newItem: 'settings.list.industry.newItem',
  },
  category: {
    title: 'settings.list.category.title',
    plural: 'settings.list.category.plural',
    about: 'settings.list.category.about',
    newItem: 'settings.list.category.newItem',
  },
  tag: {
    title: 'settings.list.tag.title',
    plural: 'settings.list.tag.plural',
    about: 'settings.list.tag.about',
    newItem: 'settings.list.tag.newItem',
  },
  department: {
    title: 'settings.list.department.title',
    plural: 'settings.list.department.plural',
    about: 'settings.list.department.about',
    newItem: 'settings.list.department.newItem',
  },
  activityType: {
    title: 'settings.list.activityType.title',
    plural: 'settings.list.activityType.plural',
    about: 'settings.list.activityType.about',
    newItem: 'settings.list.activityType.newItem',
  },
};

export const APPLIES_TO: Record<ListItem['appliesTo'], MessageKey> = {
  company: 'common.companies',
  contact: 'common.contacts',
  both: 'settings.appliesTo.both',
};
