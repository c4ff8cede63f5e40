import { CATALOG, CatalogSchema } from '../../../shared/catalog/catalog';
import { CATALOG_DATA } from '../../../shared/catalog/catalogData';

// The catalogue is compiled in and not parsed at start-up: this is where its data is checked.
describe('the catalogue data against CatalogSchema', () => {
  it('is a valid catalogue, unchanged by parsing (no defaults or transforms the app would miss)', () => {
    const parsed = CatalogSchema.safeParse(CATALOG_DATA);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(CATALOG_DATA);
    expect(CATALOG).toBe(CATALOG_DATA);
  });

  it('refuses a catalogue with a repeated model id or a model missing', () => {
    const models = CATALOG_DATA.models;
    const repeated = CatalogSchema.safeParse({ ...CATALOG_DATA, models: [...models.slice(0, 34), { ...models[34]!, id: models[0]!.id }] });
    expect(repeated.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['models.34.id', `duplicate id ${models[0]!.id}`]]);
    const short = CatalogSchema.safeParse({ ...CATALOG_DATA, models: models.slice(0, 34) });
    expect(short.error?.issues.map((i) => i.path.join('.'))).toEqual(['models']);
  });
});
