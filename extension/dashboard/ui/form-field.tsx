import type { ComponentChildren } from 'preact';
import { fieldLabel } from './field-errors';

type FormFieldProps = {
  /** The API field (`issues[].path[0]`): its label, and `data-testid="error-NAME"` on its errors. */
  name: string;
  label?: string;
  errors?: string[];
  hint?: ComponentChildren;
  /** A picker or several inputs: a fieldset with a legend instead of one label around one input. */
  group?: boolean;
  /** For a group whose section heading already names it; screen readers still get the legend. */
  hideLabel?: boolean;
  wide?: boolean;
  /** Marks the label with a star; messages name the field without it. */
  required?: boolean;
  children: ComponentChildren;
};

/** A labelled input with the server's (or the form's) complaints about it, each naming the field. */
export function FormField({
  name,
  label = fieldLabel(name),
  errors = [],
  hint,
  group,
  hideLabel,
  wide,
  required,
  children,
}: FormFieldProps) {
  const star = required && (
    <span class="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
  const cls = ['field', wide && 'wide', errors.length > 0 && 'invalid'].filter(Boolean).join(' ');
  const extra = (
    <>
      {hint && errors.length === 0 && <small class="hint">{hint}</small>}
      {errors.map((message) => (
        <p key={message} class="field-error" role="alert" data-testid={`error-${name}`}>
          {label}: {message}
        </p>
      ))}
    </>
  );
  if (group) {
    return (
      <fieldset class={cls} data-field={name}>
        <legend class={hideLabel ? 'visually-hidden' : undefined}>
          {label}
          {star}
        </legend>
        {children}
        {extra}
      </fieldset>
    );
  }
  return (
    <div class={cls} data-field={name}>
      <label>
        {label}
        {star}
        {children}
      </label>
      {extra}
    </div>
  );
}

type TextFieldProps = {
  name: string;
  value: string;
  onInput: (value: string) => void;
  errors?: string[];
  label?: string;
  hint?: ComponentChildren;
  placeholder?: string;
  /** The on-screen keyboard; the server, not the browser, validates (the form is `noValidate`). */
  inputMode?: 'numeric' | 'email' | 'url' | 'tel';
  wide?: boolean;
  required?: boolean;
};

export function TextField({ name, value, onInput, errors, label, hint, placeholder, inputMode, wide, required }: TextFieldProps) {
  return (
    <FormField name={name} label={label} errors={errors} hint={hint} wide={wide} required={required}>
      <input
        name={name}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-required={required ? true : undefined}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </FormField>
  );
}
