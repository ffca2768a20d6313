import { useEffect, useState } from 'preact/hooks';

/** Search text (debounced) and a stack of cursors for previous/next page navigation. */
export function usePagedSearch(pageSize: number) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim());
      setCursors([]);
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);
  const params = new URLSearchParams({ limit: String(pageSize) });
  if (q) params.set('q', q);
  const cursor = cursors[cursors.length - 1];
  if (cursor) params.set('cursor', cursor);
  return {
    text,
    setText,
    query: params.toString(),
    page: cursors.length + 1,
    next: (nextCursor: string) => setCursors([...cursors, nextCursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}
