import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** Writes a zip archive of the given files, deflated, as the registers publish their bulk files. */
export async function writeZip(path: string, files: { name: string; data: Buffer }[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(file.data, file.name);
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
  return path;
}

/** Zips a file on disk (too big for a buffer) into an archive beside it, under its own name. */
export async function writeZipOfFile(path: string, file: string): Promise<string> {
  const zip = new yazl.ZipFile();
  zip.addFile(file, basename(file));
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
  return path;
}
