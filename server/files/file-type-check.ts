import { fileTypeFromBuffer } from 'file-type';
import type { FileContentType } from '../../shared/files/file-types';

/** Each type that may be uploaded (shared/files/file-types.ts), as the refusal names it. */
export const FILE_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/zip': 'ZIP archive',
  'text/plain': 'text file',
  'text/csv': 'CSV file',
  'message/rfc822': 'e-mail (.eml)',
} as const satisfies Record<FileContentType, string>;

const TEXT_TYPES: readonly string[] = ['text/plain', 'text/csv', 'message/rfc822'];

export function isFileContentType(type: string): type is FileContentType {
  return Object.hasOwn(FILE_TYPES, type);
}

/**
 * Whether the bytes are what the upload says they are. Binary formats must carry their signature
 * (read by `file-type`); text formats must be UTF-8 text without NUL bytes. Browsers and the
 * download trust the stored type, so a mismatch is refused rather than stored.
 */
export async function bytesMatchType(bytes: Uint8Array, declared: FileContentType): Promise<string | null> {
  if (TEXT_TYPES.includes(declared)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'not UTF-8 text';
    }
    return bytes.includes(0) ? 'binary data' : null;
  }
  const found = await fileTypeFromBuffer(bytes);
  if (found?.mime === declared) return null;
  return found ? `a ${found.ext.toUpperCase()} file` : 'of no type we recognise';
}
