import type { BuiltInActivityType } from '../entities/activity';

/** How the built-in activity types read in lists; a workspace's own types read as their list value. */
export const ACTIVITY_TYPE_LABELS: Record<BuiltInActivityType, string> = {
  call: 'Call',
  meeting: 'Meeting',
  visit: 'Visit',
  email: 'E-mail',
  note: 'Note',
};

export function activityTypeLabel(type: string, customNames: ReadonlyMap<string, string> = new Map()): string {
  return ACTIVITY_TYPE_LABELS[type as BuiltInActivityType] ?? customNames.get(type) ?? 'Activity';
}
