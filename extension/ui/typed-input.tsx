import type { KeyboardEventHandler } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Typed = {
  /** The value as the form holds it ("2026-12-04", "09:15"), or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** The form's value for what was typed, or null when it is not one. */
  parse: (text: string) => string | null;
  /** The value as the user's language writes it. */
  format: (value: string) => string;
  /** The language: a new one rewrites what is shown. */
  locale: string;
};

/**
 * A value typed as text the user's language writes it (a date, a time): what is typed is kept as
 * typed, the form gets its value as soon as it parses (and '' while it does not), and leaving the
 * field writes it out tidily or says it is wrong.
 */
export function useTypedValue({ value, onChange, parse, format, locale }: Typed) {
  const [text, setText] = useState(() => format(value));
  const [wrong, setWrong] = useState(false);

  // A value set from outside (a reset, a preset, another language) replaces what is shown, unless
  // the text already says it. Keystrokes are handled by `take`.
  useEffect(() => {
    const shown = parse(text);
    if (value === '' ? text.trim() !== '' && shown !== null : shown !== value) show(value);
  }, [value, locale]);

  function show(next: string) {
    setText(format(next));
    setWrong(false);
  }
  const take = (input: string) => {
    setText(input);
    const parsed = input.trim() === '' ? '' : parse(input);
    if (parsed !== null) setWrong(false);
    if ((parsed ?? '') !== value) onChange(parsed ?? '');
  };
  const settle = () => {
    if (text.trim() === '') return;
    const parsed = parse(text);
    if (parsed) setText(format(parsed));
    else setWrong(true);
  };
  return { text, wrong, parsed: parse(text), show, take, settle };
}

type InputProps = {
  typed: ReturnType<typeof useTypedValue>;
  name?: string;
  required?: boolean;
  invalid?: boolean;
  label?: string;
  placeholder: string;
  /** Where the field's problem is said, when there is one. */
  problemId?: string;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
};

/** The text box of a typed value: numeric keyboard, no autofill, its problem tied to it for screen readers. */
export function TypedInput({ typed, name, required, invalid, label, placeholder, problemId, onKeyDown }: InputProps) {
  return (
    <input
      type="text"
      name={name}
      inputMode="numeric"
      required={required}
      autoComplete="off"
      placeholder={placeholder}
      aria-label={label}
      aria-invalid={invalid || typed.wrong ? true : undefined}
      aria-describedby={typed.wrong ? problemId : undefined}
      value={typed.text}
      onInput={(e) => typed.take(e.currentTarget.value)}
      onBlur={typed.settle}
      onKeyDown={onKeyDown}
    />
  );
}

/** What is wrong with a typed value, next to it, in words. */
export function TypedProblem({ typed, id, text }: { typed: ReturnType<typeof useTypedValue>; id?: string; text: string }) {
  if (!typed.wrong) return null;
  return (
    <span class="date-field-problem" id={id} role="alert">
      {text}
    </span>
  );
}
