import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { Change } from '../../../shared/sync/protocol';
import { tempDir } from '../../helpers/temp-dir';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

describe('files on companies, contacts and activities', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let blobs: ReturnType<typeof tempDir>;
  let token: string;
  let call: ApiCall;
  let company: { id: string };
  beforeEach(async () => {
    blobs = tempDir('fjord-files-');
    t = await createTestApp({ BLOB_DIR: blobs.path, FILE_MAX_BYTES: '4096' });
    token = await t.login();
    call = apiCaller(t.app, token);
    company = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company;
  });
  afterEach(() => {
    t.close();
    blobs.remove();
  });

  const upload = async (query: string, bytes: Uint8Array, type: string, as = token) => {
    const res = await t.app.request(`/api/files?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': type },
      body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('stores a file, shows it on the timeline and in sync, and gives it back under its own name', async () => {
    const name = 'Tilbud på fôr "vår".pdf';
    const res = await upload(`companyId=${company.id}&name=${encodeURIComponent(name)}`, PDF, 'application/pdf');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.item).toMatchObject({
      fileName: name,
      contentType: 'application/pdf',
      size: PDF.byteLength,
      companyIds: [company.id],
    });

    const timeline = (await call('GET', `/api/timeline?companyId=${company.id}&kinds=file`)).body.items;
    expect(timeline.map((i: { id: string }) => i.id)).toEqual([res.body.item.id]);
    const pull = (await call('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000')).body as { changes: Change[] };
    expect(pull.changes.some((c) => c.type === 'put' && c.entity === 'attachment')).toBe(true);

    const download = await t.app.request(`/api/files/${res.body.item.id}/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    // An ASCII fallback for old clients, and the exact name for everyone else; quotes cannot break out.
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Tilbud pa for _var_.pdf"; filename*=UTF-8''Tilbud%20p%C3%A5%20f%C3%B4r%20_v%C3%A5r_.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    const other = await t.otherWorkspace();
    const foreign = await t.app.request(`/api/files/${res.body.item.id}/download`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(foreign.status).toBe(404);

    expect((await call('DELETE', `/api/files/${res.body.item.id}`)).status).toBe(200);
    expect((await call('GET', `/api/timeline?companyId=${company.id}&kinds=file`)).body.items).toEqual([]);
  });

  it('accepts UTF-8 text and refuses a mismatched, unknown, empty, oversized or unlinked file, storing nothing', async () => {
    const text = new TextEncoder().encode('Møtereferat: Kari vil ha tilbud.');
    expect((await upload(`companyId=${company.id}&name=notes.txt`, text, 'text/plain; charset=utf-8')).status).toBe(201);
    const stored = readdirSync(blobs.path).length;
    const cases: [string, Uint8Array, string, number][] = [
      [`companyId=${company.id}&name=x.pdf`, PNG, 'application/pdf', 415],
      [`companyId=${company.id}&name=x.txt`, PNG, 'text/plain', 415],
      [`companyId=${company.id}&name=x.html`, text, 'text/html', 415],
      [`companyId=${company.id}&name=x.svg`, text, 'image/svg+xml', 415],
      [`companyId=${company.id}&name=empty.pdf`, new Uint8Array(), 'application/pdf', 400],
      [`companyId=${company.id}&name=big.txt`, new Uint8Array(5000).fill(65), 'text/plain', 413],
      [`name=nowhere.pdf`, PDF, 'application/pdf', 400],
      [`companyId=${newId()}&name=foreign.pdf`, PDF, 'application/pdf', 400],
      [`activityId=${newId()}&name=foreign.pdf`, PDF, 'application/pdf', 400],
    ];
    for (const [query, bytes, type, status] of cases) {
      const res = await upload(query, bytes, type);
      expect(res.status, `${query} ${type}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.error.message.length).toBeGreaterThan(0);
    }
    expect(readdirSync(blobs.path).length).toBe(stored);
    expect((await call('GET', `/api/timeline?companyId=${company.id}&kinds=file`)).body.items).toHaveLength(1);
  });
});
