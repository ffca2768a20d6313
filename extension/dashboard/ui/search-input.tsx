import { useEffect, useRef, useState } from 'preact/hooks';

type SearchInputProps = { value: string; onSearch: (q: string | null) => void; placeholder: string; label: string };

/** Typing is local; the URL (and so the request) follows 250 ms after the last key. */
export function SearchInput({ value, onSearch, placeholder, label }: SearchInputProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  // "Clear", back/forward or a pasted link change the search from outside; our own update must
  // not overwrite what was typed since it was sent.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    const q = text.trim();
    if (q === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = q;
      onSearch(q || null);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <input
      type="search"
      name="q"
      placeholder={placeholder}
      aria-label={label}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
    />
  );
}
