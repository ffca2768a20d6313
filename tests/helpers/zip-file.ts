import { createWriteStream } from 'node:fs';
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
