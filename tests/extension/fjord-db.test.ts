import { describe, expect, it } from 'vitest';
import { CACHE_VERSIONS, openFjordDb } from '../../extension/db/fjord-db';
import { entityNames, entityTables } from '../../shared/entities/tables';
import { newId } from '../../shared/ids';

describe('the local cache schema', () => {
  it('has a store with the registry indexes for every synced entity', async () => {
    const db = openFjordDb(`schema-${newId()}`);
    await db.open();
    for (const entity of entityNames) {
      const { table, indexes } = entityTables[entity];
      const schema = db.table(table).schema;
      expect(schema.primKey.name, table).toBe('id');
      // `src` is the index as declared, so a multi-entry index reads `*contactIds` on both sides.
      expect(schema.indexes.map((i) => i.src).sort(), table).toEqual([...indexes].sort());
    }
    expect(db.verno).toBe(CACHE_VERSIONS.length);
    db.close();
  });

  it('upgrades a version 1 cache without losing its outbox or rows', async () => {
    const name = `upgrade-${newId()}`;
    const { Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores(CACHE_VERSIONS[0]!);
    await v1.table('outbox').add({ name: 'company.create', args: {}, refs: [], createdAt: 1 });
    await v1.table('companies').put({ id: 'c1', name: 'Old AS' });
    v1.close();
    const db = openFjordDb(name);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.companies.get('c1'))?.name).toBe('Old AS');
    expect(await db.listItems.count()).toBe(0);
    db.close();
  });
});
