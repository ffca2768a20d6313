/** What a logo may be, for the server's check and the dashboard's alike. SVG is refused: it is a document that can carry scripts and links. */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export function isLogoContentType(type: string): type is LogoContentType {
  return (LOGO_CONTENT_TYPES as readonly string[]).includes(type);
}
