import type { ComponentChildren } from 'preact';

type FactProps = {
  /** The field's key; the value cell gets `data-testid="fact-NAME"` for tests. */
  name: string;
  label: string;
  /** Nothing (null, '', []) hides the row: a card lists what is known. */
  value: ComponentChildren;
  href?: string;
};

export function Fact({ name, label, value, href }: FactProps) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={`fact-${name}`}>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
    </>
  );
}
