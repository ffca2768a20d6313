/**
 * What may be uploaded to a card: documents, spreadsheets, presentations, images, PDFs, plain
 * text and e-mails. Anything else (executables, HTML, SVG with its scripts) is refused.
 */
export const FILE_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'text/plain',
  'text/csv',
  'message/rfc822',
] as const;
export type FileContentType = (typeof FILE_CONTENT_TYPES)[number];
