import type { Captured, CaptureSource } from './captured';

// Apart from captured.ts so the extractor does not load zod (the popup's start-up budget).
/** `{ value, source }`, or undefined when there is no value, so optional fields stay absent. */
export function capture<T>(value: T | undefined, source: CaptureSource): Captured<T> | undefined {
  return value === undefined ? undefined : { value, source };
}
