import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type S3Request = { method: string; path: string; authorization: string; contentSha: string };

/**
 * An S3-compatible bucket on 127.0.0.1 (objects in memory) for tests: PUT, GET and DELETE by
 * path-style URL, refusing any request without a SigV4 authorization for `accessKeyId` with
 * AccessDenied, as S3 does.
 */
export async function fakeS3(bucket: string, accessKeyId: string) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: S3Request[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const authorization = String(req.headers.authorization ?? '');
      requests.push({
        method: req.method!,
        path: req.url!,
        authorization,
        contentSha: String(req.headers['x-amz-content-sha256'] ?? ''),
      });
      const signed = new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${accessKeyId}/\\d{8}/[a-z0-9-]+/s3/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$`,
      );
      if (!signed.test(authorization) || !req.headers['x-amz-date']) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        return res.end('<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>');
      }
      const prefix = `/${bucket}/`;
      if (!req.url!.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        return res.end('<Error><Code>NoSuchBucket</Code></Error>');
      }
      const key = decodeURIComponent(req.url!.slice(prefix.length));
      if (req.method === 'PUT') {
        objects.set(key, {
          body: Buffer.concat(chunks),
          contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'),
        });
        res.writeHead(200);
        return res.end();
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204);
        return res.end();
      }
      const object = objects.get(key);
      if (!object) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        return res.end('<Error><Code>NoSuchKey</Code></Error>');
      }
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
      res.end(object.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
