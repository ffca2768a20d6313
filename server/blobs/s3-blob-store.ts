import { AwsClient } from 'aws4fetch';
import { assertBlobKey, type BlobStore, type StoredBlob } from './blob-store';

export type S3Config = {
  /** `https://s3.eu-north-1.amazonaws.com`, `https://<account>.r2.cloudflarestorage.com`, `http://minio:9000`, … */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Put before every key, e.g. `fjord/`. */
  prefix: string;
};

/**
 * Blobs in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Ceph), by path-style URL
 * `<endpoint>/<bucket>/<prefix><key>`, each request signed with SigV4 (aws4fetch). The media type
 * is the object's Content-Type. Failures are thrown with the bucket's answer, never swallowed.
 */
export class S3BlobStore implements BlobStore {
  private readonly aws: AwsClient;

  constructor(private readonly config: S3Config) {
    // aws4fetch retries 5xx and throttling itself; 3 attempts keep an upload from hanging long.
    this.aws = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      service: 's3',
      region: config.region,
      retries: 2,
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const res = await this.aws.fetch(this.urlOf(key), {
      method: 'PUT',
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': contentType, 'content-length': String(bytes.byteLength) },
    });
    await expectOk(res, 'store');
  }

  async get(key: string): Promise<StoredBlob | null> {
    const res = await this.aws.fetch(this.urlOf(key), { method: 'GET' });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    await expectOk(res, 'read', false);
    return {
      bytes: new Uint8Array(await res.arrayBuffer()),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
    };
  }

  async delete(key: string): Promise<void> {
    const res = await this.aws.fetch(this.urlOf(key), { method: 'DELETE' });
    // S3 answers 204 for a missing key too; some compatible stores answer 404.
    if (res.status === 404) return void (await res.body?.cancel());
    await expectOk(res, 'delete');
  }

  private urlOf(key: string): string {
    assertBlobKey(key);
    const base = this.config.endpoint.replace(/\/+$/, '');
    return `${base}/${encodeURIComponent(this.config.bucket)}/${this.config.prefix}${key}`;
  }
}

async function expectOk(res: Response, what: string, drain = true) {
  if (res.ok) {
    if (drain) await res.body?.cancel();
    return;
  }
  const detail = (await res.text()).match(/<Code>([^<]+)<\/Code>/)?.[1] ?? res.statusText;
  throw new Error(`The file store could not ${what} the file: HTTP ${res.status} ${detail}`);
}
