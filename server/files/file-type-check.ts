import { fileTypeFromBuffer } from 'file-type';
import type { FileContentType } from '../../shared/files/file-types';
import type { ErrorKey, ErrorText } from '../../shared/mutations/error-text';

/** Each type that may be uploaded (shared/files/file-types.ts), as the refusal names it. */
export const FILE_TYPES = {
  'application/pdf': 'errors.fileType.pdf',
  'image/png': 'errors.fileType.png',
  'image/jpeg': 'errors.fileType.jpeg',
  'image/gif': 'errors.fileType.gif',
  'image/webp': 'errors.fileType.webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'errors.fileType.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'errors.fileType.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'errors.fileType.pptx',
  'application/vnd.oasis.opendocument.text': 'errors.fileType.odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'errors.fileType.ods',
  'application/zip': 'errors.fileType.zip',
  'text/plain': 'errors.fileType.text',
  'text/csv': 'errors.fileType.csv',
  'message/rfc822': 'errors.fileType.eml',
} as const satisfies Record<FileContentType, ErrorKey>;

const TEXT_TYPES: readonly string[] = ['text/plain', 'text/csv', 'message/rfc822'];

export function isFileContentType(type: string): type is FileContentType {
  return Object.hasOwn(FILE_TYPES, type);
}

/**
 * Whether the bytes are what the upload says they are. Binary formats must carry their signature
 * (read by `file-type`); text formats must be UTF-8 text without NUL bytes. Browsers and the
 * download trust the stored type, so a mismatch is refused rather than stored.
 */
export async function bytesMatchType(bytes: Uint8Array, declared: FileContentType): Promise<ErrorText | null> {
  if (TEXT_TYPES.includes(declared)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { key: 'errors.files.notUtf8' };
    }
    return bytes.includes(0) ? { key: 'errors.files.binary' } : null;
  }
  const found = await fileTypeFromBuffer(bytes);
  if (found?.mime === declared) return null;
  return found
    ? { key: 'errors.files.otherType', values: { type: found.ext.toUpperCase() } }
    : { key: 'errors.files.unknownType' };
}
