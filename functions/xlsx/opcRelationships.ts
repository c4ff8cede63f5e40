/**
 * Relationship parts of an Office package (`_rels/*.rels`), read the way every spreadsheet program
 * writes them: targets relative to the source part ("worksheets/sheet1.xml", "../tables/table1.xml")
 * or absolute from the package root ("/xl/tables/table1.xml", as openpyxl writes them).
 */
import { attributes, TagScanner } from './xmlScan';

export interface Relationship {
  id: string;
  /** The last segment of the type URI ("worksheet", "officeDocument"), so transitional and strict OOXML match alike. */
  kind: string;
  target: string;
  external: boolean;
}

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The relationships in a .rels part (elements with or without a namespace prefix), found by a linear scan. */
export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  const scan = new TagScanner(xml);
  while (scan.next()) {
    if (scan.closing || !scan.is('Relationship')) continue;
    const a = attributes(scan.tag());
    if (!a.Id || !a.Type || a.Target === undefined) continue;
    out.push({ id: a.Id, kind: a.Type.slice(a.Type.lastIndexOf('/') + 1), target: a.Target, external: a.TargetMode === 'External' });
  }
  return out;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own relationships for "". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target names, as a part name without the leading slash: relative targets
 * resolve against the source part's folder, absolute ones against the package root; undefined for a
 * target that leaves the package.
 */
export function resolveTarget(sourcePart: string, target: string): string | undefined {
  let path = target.replace(/\\/g, '/').split(/[?#]/)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (base.length === 0) return undefined;
      base.pop();
    } else base.push(seg);
  }
  return base.length > 0 ? base.join('/') : undefined;
}
