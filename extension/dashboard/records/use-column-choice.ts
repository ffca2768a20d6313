import { useState } from 'preact/hooks';

/**
 * Which optional columns show, per browser and list (`fjord.companies.columns`): a view
 * preference, not workspace data.
 */
export function useColumnChoice(list: string, columns: readonly { key: string }[], defaults: readonly string[]) {
  const storageKey = `fjord.${list}.columns`;
  const [keys, setKeys] = useState<string[]>(() => read(storageKey, columns, defaults));
  const save = (next: string[]) => {
    setKeys(next);
    try {
      localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage may be full or blocked; the choice then lasts until reload.
    }
  };
  return { keys, setKeys: save };
}

function read(storageKey: string, columns: readonly { key: string }[], defaults: readonly string[]): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (Array.isArray(stored)) {
      // Drop columns a newer version no longer has; custom-field columns (`cf.<id>`) arrive with the lookups.
      return stored.filter((key): key is string => columns.some((column) => column.key === key) || /^cf\./.test(String(key)));
    }
  } catch {
    // A broken value falls back to the defaults.
  }
  return [...defaults];
}
