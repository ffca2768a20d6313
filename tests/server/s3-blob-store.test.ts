import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../server/blobs/s3-blob-store';
import { parseEnv } from '../../server/env';
import { fakeS3 } from '../helpers/fake-s3';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('files in an S3-compatible bucket', () => {
  let s3: Awaited<ReturnType<typeof fakeS3>>;
  beforeAll(async () => {
    s3 = await fakeS3('fjord-files', 'AKIAFJORDTEST');
  });
  afterAll(() => s3.close());
  const store = (over: Partial<ConstructorParameters<typeof S3BlobStore>[0]> = {}) =>
    new S3BlobStore({
      endpoint: s3.url,
      bucket: 'fjord-files',
      region: 'eu-north-1',
      accessKeyId: 'AKIAFJORDTEST',
      secretAccessKey: 'test-secret',
      prefix: 'crm/',
      ...over,
    });

  it('stores, reads back with its type, and deletes objects under the prefix, every request signed', async () => {
    const blobs = store();
    await blobs.put('w1.c1.abc', PDF, 'application/pdf');
    expect([...s3.objects.keys()]).toEqual(['crm/w1.c1.abc']);
    const back = await blobs.get('w1.c1.abc');
    expect(back?.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(back!.bytes)).toBe(new TextDecoder().decode(PDF));
    expect(await blobs.get('w1.c1.missing')).toBeNull();
    await blobs.delete('w1.c1.abc');
    await blobs.delete('w1.c1.abc');
    expect(s3.objects.size).toBe(0);
    expect(s3.requests.every((r) => r.authorization.includes('/eu-north-1/s3/aws4_request'))).toBe(true);
    await expect(blobs.get('../etc/passwd')).rejects.toThrow('Not a blob key');
  });

  it('says what the bucket refused, and the config needs keys with a bucket', async () => {
    await expect(store({ accessKeyId: 'AKIAWRONG' }).put('w1.c1.x', PDF, 'application/pdf')).rejects.toThrow(
      'The file store could not store the file: HTTP 403 AccessDenied',
    );
    expect(() => parseEnv({ BLOB_S3_BUCKET: 'fjord-files' })).toThrow(
      /BLOB_S3_ACCESS_KEY_ID: and BLOB_S3_SECRET_ACCESS_KEY are required/,
    );
    expect(() =>
      parseEnv({ BLOB_S3_BUCKET: 'b', BLOB_S3_ACCESS_KEY_ID: 'a', BLOB_S3_SECRET_ACCESS_KEY: 's', BLOB_S3_PREFIX: 'no-slash' }),
    ).toThrow(/BLOB_S3_PREFIX/);
  });

  it('serves uploads and downloads of the files API from the bucket when configured', async () => {
    const t = await createTestApp({
      BLOB_S3_BUCKET: 'fjord-files',
      BLOB_S3_ENDPOINT: s3.url,
      BLOB_S3_REGION: 'eu-north-1',
      BLOB_S3_ACCESS_KEY_ID: 'AKIAFJORDTEST',
      BLOB_S3_SECRET_ACCESS_KEY: 'test-secret',
      BLOB_S3_PREFIX: 'app/',
    });
    try {
      const token = await t.login();
      const call: ApiCall = apiCaller(t.app, token);
      const company = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS' })).body.company;
      const res = await t.app.request(`/api/files?companyId=${company.id}&name=${encodeURIComponent('Tilbud.pdf')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
        body: new Blob([PDF]),
      });
      expect(res.status).toBe(201);
      const { item } = (await res.json()) as { item: { id: string } };
      expect([...s3.objects.keys()].filter((k) => k.startsWith('app/'))).toHaveLength(1);
      const download = await t.app.request(`/api/files/${item.id}/download`, { headers: { authorization: `Bearer ${token}` } });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toContain('filename="Tilbud.pdf"');
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    } finally {
      t.close();
    }
  });
});
