import { useState } from 'preact/hooks';
import { DEFAULT_COLUMNS, OPTIONAL_COLUMNS } from './company-columns';

const STORAGE_KEY = 'fjord.companies.columns';

/** Which optional columns show, per browser: a view preference, not workspace data. */
export function useColumnChoice() {
  const [keys, setKeys] = useState<string[]>(read);
  const save = (next: string[]) => {
    setKeys(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage may be full or blocked; the choice then lasts until reload.
    }
  };
  return { keys, setKeys: save };
}

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored)) {
      // Drop columns a newer version no longer has.
      return stored.filter((key): key is string => OPTIONAL_COLUMNS.some((column) => column.key === key));
    }
  } catch {
    // A broken value falls back to the defaults.
  }
  return DEFAULT_COLUMNS;
}
