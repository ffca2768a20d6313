/** How org numbers are stored and compared: no spaces, dots or dashes, upper case ("923 609 016" → "923609016"). */
export function compactOrgNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s.-]/g, '').toUpperCase();
}
