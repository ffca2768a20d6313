import type { ComponentChildren } from 'preact';

type SortHeaderProps<K extends string> = {
  label: string;
  sortKey: K | undefined;
  sort: K;
  dir: 'asc' | 'desc';
  onSort: (key: K) => void;
  class?: string;
  /** Shown before the label (the name column's select-page checkbox). */
  children?: ComponentChildren;
};

/** A column header; sortable ones are buttons that show and flip the direction. */
export function SortHeader<K extends string>({
  label,
  sortKey,
  sort,
  dir,
  onSort,
  class: className,
  children,
}: SortHeaderProps<K>) {
  if (!sortKey) {
    return (
      <th scope="col" class={className}>
        {children}
        {label}
      </th>
    );
  }
  const active = sort === sortKey;
  return (
    <th scope="col" class={className} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      {children}
      <button
        type="button"
        class={active ? 'sort-button active' : 'sort-button'}
        data-sort={sortKey}
        onClick={() => onSort(sortKey)}
      >
        {label}
        <span class="sort-arrow" aria-hidden="true">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
