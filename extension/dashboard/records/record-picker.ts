import type { VNode } from 'preact';
import type { ApiClient } from '../../api/api-client';

export type RecordPickerProps = {
  api: ApiClient;
  /** The filter's parameter (`companyId`) and label ("Works at"). */
  filterKey: string;
  label: string;
  value: string | null;
  /** The picked record's name, once known. */
  name: string | null;
  onChange: (id: string | null) => void;
  onSignedOut: () => void;
};

/**
 * How a list filter of kind `record` picks one record of another type (the company a contact
 * works at) and names it for its chip: the list page takes one per record type it may pick.
 */
export type RecordPicker = {
  Picker: (props: RecordPickerProps) => VNode;
  /** The name of the record `id` (null while it loads); a hook, called on every render of the list. */
  useName: (api: ApiClient, id: string | null, onSignedOut: () => void) => string | null;
};
