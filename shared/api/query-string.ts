/**
 * The query string of a request, as the server's query schemas read it: lists comma-separated
 * (shared/filters/filter-fields.ts `idList`), custom-field filters as `cf.<key>=<value>`
 * (`filterFromQuery`), empty values left out. The inverse of what the list routes parse.
 */
export function toQueryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'customFields' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, fieldValue] of Object.entries(value)) params.set(`cf.${field}`, String(fieldValue));
    } else if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params.toString();
}
