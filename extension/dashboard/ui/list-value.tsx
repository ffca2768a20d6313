import { deletedName } from '../records/use-lookups';

type ListValueProps = { name: string; chip?: boolean };

/** A list value's name, greyed out when the value was deleted from the settings. */
export function ListValue({ name, chip }: ListValueProps) {
  const deleted = name === deletedName();
  return <span class={[chip && 'chip', deleted && 'deleted'].filter(Boolean).join(' ')}>{name}</span>;
}
