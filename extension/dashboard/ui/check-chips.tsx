import type { ComponentChildren } from 'preact';

type CheckChipsProps = {
  name: string;
  options: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  /** What to do when there is nothing to pick. */
  empty: ComponentChildren;
};

/** A multi-select as toggleable chips: every option visible, one click each. */
export function CheckChips({ name, options, value, onChange, empty }: CheckChipsProps) {
  if (options.length === 0) return <p class="muted small">{empty}</p>;
  return (
    <div class="check-chips" data-testid={`chips-${name}`}>
      {options.map((option) => {
        const checked = value.includes(option.id);
        return (
          <label key={option.id} class={checked ? 'check-chip checked' : 'check-chip'}>
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={checked}
              onChange={() => onChange(checked ? value.filter((id) => id !== option.id) : [...value, option.id])}
            />
            {option.name}
          </label>
        );
      })}
    </div>
  );
}
