/**
 * After a refused save, the first field with a problem gets the focus (so a keyboard or screen
 * reader user lands on it) and is scrolled into view. Runs after the render that marks the fields.
 */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .field.invalid input, .field.invalid select, .field.invalid textarea, .field.invalid button',
    );
    if (!first) return;
    first.focus();
    first.scrollIntoView({ block: 'center' });
  });
}
