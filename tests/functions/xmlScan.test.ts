/**
 * The linear XML scan every part of an upload is read with: tags, attributes and element ends
 * found by indexOf forward, so text made of tags that never close costs time in proportion to its
 * length (the regular expressions it replaced took seconds per half megabyte, minutes per few).
 */
import { performance } from 'node:perf_hooks';
import { parseRelationships } from '../../functions/xlsx/opcRelationships';
import { keepDefinedNames, sheetValuesOnly } from '../../functions/xlsx/workbookParts';
import { attributes, countTags, TagScanner } from '../../functions/xlsx/xmlScan';

/** Milliseconds `work` took. */
const took = (work: () => unknown) => {
  const t = performance.now();
  work();
  return performance.now() - t;
};

describe('the tag scanner', () => {
  it('finds element tags with their names, and steps over comments, CDATA, declarations and instructions', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x><!-- <row> --><x:root a="1"><row/><![CDATA[<row>]]></x:root>';
    const scan = new TagScanner(xml);
    const seen: string[] = [];
    while (scan.next()) seen.push(`${scan.closing ? '/' : ''}${scan.name()}${scan.selfClosing ? '/' : ''}`);
    expect([seen, scan.cut]).toEqual([['x:root', 'row/', '/x:root'], false]);
  });

  it('says a text that ends inside a tag, comment or CDATA section is cut off', () => {
    expect(['<a><b', '<a><!-- b', '<a><![CDATA[b', '<a>'].map((xml) => countTags(xml, 'b'))).toEqual([undefined, undefined, undefined, 0]);
  });

  it('counts start tags by local name, with any prefix, and stops counting past `stop`', () => {
    expect(countTags('<sheetData><row/><x:row r="2"><c/><cols/></x:row><rows/></sheetData>', 'row')).toBe(2);
    expect(countTags('<c/>'.repeat(100), 'c', 9)).toBe(10);
  });

  it('finds where an element ends, and continues after it', () => {
    const scan = new TagScanner('<a><b>x<i/></b><c/></a>');
    scan.next();
    scan.next();
    expect(scan.skipElement()).toEqual({ inner: 11, end: 15 });
    scan.next();
    expect(scan.name()).toBe('c');
  });

  it('reads attributes in either quotes, with entities and prefixes, and passes over junk', () => {
    expect(attributes(`<r:Relationship Id='rId1' r:Target="a&amp;b" TargetMode = "External" junk = noquote x= "y"/>`)).toEqual({ Id: 'rId1', Target: 'a&b', TargetMode: 'External', x: 'y' });
    expect(attributes('<a b="unclosed c="d">')).toEqual({ b: 'unclosed c=' });
    expect(attributes('<a = = "x" b="1">')).toEqual({ b: '1' });
  });
});

describe('text made of tags that never close is scanned in time proportional to its length', () => {
  // Each of these is about 3 MB. With the regular expressions each took minutes (560 KB of the
  // first: 9.5 s; the time grows with the square of the length). The bound is generous, not tight.
  const BOUND_MS = 5_000;

  it('relationships: "<Relationship " repeated', () => {
    const xml = '<Relationship '.repeat(200_000);
    let found: unknown;
    expect(took(() => (found = parseRelationships(xml)))).toBeLessThan(BOUND_MS);
    expect(found).toEqual([]);
  }, 60_000);

  it('defined names: \'<definedName name="a">\' repeated', () => {
    const xml = `<workbook><definedNames>${'<definedName name="a">'.repeat(140_000)}`;
    let kept: unknown = '';
    expect(took(() => (kept = keepDefinedNames(xml, new Set(['a']))))).toBeLessThan(BOUND_MS);
    expect(kept).toBeUndefined();
  }, 60_000);

  it('worksheets: "<a " repeated, and "<sheetData " repeated after the root', () => {
    const values: unknown[] = [];
    const ms = took(() => values.push(sheetValuesOnly('<a '.repeat(1_000_000)), sheetValuesOnly(`<worksheet>${'<sheetData '.repeat(250_000)}`)));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(values).toEqual([undefined, undefined]);
  }, 60_000);

  it('attributes: a tag of one 3 MB attribute name without "="', () => {
    const tag = `<Relationship ${'a'.repeat(3_000_000)}>`;
    let found: unknown;
    expect(took(() => (found = parseRelationships(tag)))).toBeLessThan(BOUND_MS);
    expect(found).toEqual([]);
  }, 60_000);
});
