import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/**
 * Checks an .xlsx the way Excel judges it before opening without a repair prompt: every XML part
 * against the ISO/IEC 29500 Transitional and OPC schemas in `../shared/ooxml-xsd` (chosen by the
 * part's content type, attributes of `mc:Ignorable` namespaces stripped first, as Excel ignores
 * them), and what the schemas cannot say: characters XML 1.0 forbids, relationship targets that do
 * not exist, parts without a content type, and data validations overlapping on one sheet.
 */

const ROOT = path.resolve(__dirname, '..', '..');
/** Kept beside the clone (CI checks it out there), like ../shared/xsd for the manifest. */
export const OOXML_XSD = path.resolve(ROOT, '..', 'shared', 'ooxml-xsd');

const ISO = 'schemas/ISO-IEC29500-4_2016';
const OPC = 'schemas/ecma/fouth-edition';
const SML_TYPES = ['sheet.main', 'worksheet', 'styles', 'sharedStrings', 'table', 'calcChain', 'comments'];
const SCHEMA_BY_TYPE: Record<string, string> = {
  ...Object.fromEntries(SML_TYPES.map((t) => [`application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`, `${ISO}/sml.xsd`])),
  'application/vnd.openxmlformats-officedocument.theme+xml': `${ISO}/dml-main.xsd`,
  'application/vnd.openxmlformats-officedocument.drawing+xml': `${ISO}/dml-spreadsheetDrawing.xsd`,
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml': `${ISO}/dml-chart.xsd`,
  'application/vnd.openxmlformats-officedocument.extended-properties+xml': `${ISO}/shared-documentPropertiesExtended.xsd`,
  'application/vnd.openxmlformats-officedocument.custom-properties+xml': `${ISO}/shared-documentPropertiesCustom.xsd`,
  'application/vnd.openxmlformats-package.core-properties+xml': `${OPC}/opc-coreProperties.xsd`,
  'application/vnd.openxmlformats-package.relationships+xml': `${OPC}/opc-relationships.xsd`,
};
const CONTENT_TYPES = '[Content_Types].xml';
const CONTENT_TYPES_XSD = `${OPC}/opc-contentTypes.xsd`;

/** Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The problems of one package, each as "part: what"; empty when Excel would open it as it is. */
export async function ooxmlProblems(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const name of names) {
    const data = await zip.file(name)!.async('nodebuffer');
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      texts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch {
      problems.push(`${name}: not valid UTF-8 (an encoded surrogate or a broken sequence)`);
    }
  }
  for (const [name, xml] of texts) problems.push(...forbiddenCharacters(xml).map((p) => `${name}: ${p}`));
  const types = texts.get(CONTENT_TYPES);
  if (types === undefined) return [...problems, `${CONTENT_TYPES} is missing`];
  const typeOf = contentTypes(types, names, problems);
  problems.push(...relationshipProblems(texts, new Set(names)));
  const bySchema = new Map<string, [string, string][]>([[CONTENT_TYPES_XSD, [[CONTENT_TYPES, types]]]]);
  for (const [name, xml] of texts) {
    const type = typeOf.get(name);
    if (name === CONTENT_TYPES || type === undefined) continue;
    const schema = SCHEMA_BY_TYPE[type];
    if (!schema) problems.push(`${name}: no schema for its content type ${type}`);
    else bySchema.set(schema, [...(bySchema.get(schema) ?? []), [name, withoutIgnorable(xml)]]);
    if (type.endsWith('.worksheet+xml')) problems.push(...validationOverlaps(xml).map((p) => `${name}: ${p}`));
  }
  problems.push(...schemaProblems(bySchema));
  return problems;
}

/** Forbidden characters, literal or as character references, with a little context. */
export function forbiddenCharacters(xml: string): string[] {
  const out: string[] = [];
  const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const m of xml.matchAll(FORBIDDEN)) out.push(`forbidden character ${hex(m[0].charCodeAt(0))} near ${JSON.stringify(xml.slice(Math.max(0, m.index - 30), m.index))}`);
  for (const m of xml.matchAll(/&#(?:x([0-9a-fA-F]+)|([0-9]+));/g)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(code)) out.push(`character reference ${m[0]} to a forbidden character`);
  }
  return out;
}

/** Each part's content type (override by part name, else default by extension); records parts without one and overrides without a part. */
function contentTypes(xml: string, names: readonly string[], problems: string[]): Map<string, string> {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of xml.matchAll(/<Default\b[^>]*>/g)) defaults.set((attr(m[0], 'Extension') ?? '').toLowerCase(), attr(m[0], 'ContentType') ?? '');
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) overrides.set((attr(m[0], 'PartName') ?? '').toLowerCase(), attr(m[0], 'ContentType') ?? '');
  const present = new Set(names.map((n) => `/${n}`.toLowerCase()));
  for (const part of overrides.keys()) if (!present.has(part)) problems.push(`${CONTENT_TYPES}: override for ${part}, which is not in the package`);
  const out = new Map<string, string>();
  for (const name of names) {
    if (name === CONTENT_TYPES) continue;
    const type = overrides.get(`/${name}`.toLowerCase()) ?? defaults.get(/\.([^./]*)$/.exec(name)?.[1]?.toLowerCase() ?? '');
    if (type === undefined) problems.push(`${name}: no content type`);
    else out.set(name, type);
  }
  return out;
}

/** Internal relationship targets that are not parts of the package, duplicate ids, and relationships of missing parts. */
function relationshipProblems(texts: ReadonlyMap<string, string>, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [name, xml] of texts) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    const dir = m[1]!;
    const source = `${dir}${m[2]}`;
    if (source !== '' && !names.has(source)) out.push(`${name}: relationships of ${source}, which is not in the package`);
    const ids = new Set<string>();
    for (const r of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attr(r[0], 'Id') ?? '';
      if (ids.has(id)) out.push(`${name}: relationship id ${id} used twice`);
      ids.add(id);
      if (attr(r[0], 'TargetMode') === 'External') continue;
      const target = attr(r[0], 'Target') ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target));
      if (!names.has(resolved)) out.push(`${name}: ${id} points at ${target} (${resolved}), which is not in the package`);
    }
  }
  return out;
}

/**
 * The part as Excel reads it: attributes of the namespaces its mc:Ignorable lists (and mc:Ignorable
 * itself) removed. `xml:space="preserve"` goes too: XML 1.0 (§2.10) reserves it for every element
 * and Excel writes it on <t> itself, but the schema's simple type for <t> cannot declare it.
 */
export function withoutIgnorable(xml: string): string {
  let out = xml.replace(/\sxml:space="preserve"/g, '');
  const mc = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/markup-compatibility\/2006"/.exec(xml)?.[1];
  if (!mc) return out;
  const declared = new RegExp(`\\s${mc}:Ignorable="([^"]*)"`, 'g');
  const prefixes = new Set([...xml.matchAll(declared)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
  out = out.replace(declared, '');
  for (const p of prefixes) out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  return out;
}

/** A cell range ("A1:B3" or "D4") as [row1, col1, row2, col2]. */
function rectangle(range: string): [number, number, number, number] {
  const cell = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
    if (!m) throw new Error(`bad cell reference ${a}`);
    return [Number(m[2]), [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)] as const;
  };
  const [from = '', to = from] = range.split(':');
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  return [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
}

/** Pairs of data validation ranges on one sheet that share a cell. */
export function validationOverlaps(worksheetXml: string): string[] {
  const ranges = [...worksheetXml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\ssqref="([^"]*)"|<xm:sqref>([^<]*)<\/xm:sqref>/g)].flatMap((m) =>
    (m[1] ?? m[2]!).trim().split(/\s+/).map((text) => ({ text, rect: rectangle(text) })),
  );
  const out: string[] = [];
  ranges.forEach((a, i) => {
    for (const b of ranges.slice(i + 1)) {
      const [ar1, ac1, ar2, ac2] = a.rect;
      const [br1, bc1, br2, bc2] = b.rect;
      if (ar1 <= br2 && br1 <= ar2 && ac1 <= bc2 && bc1 <= ac2) out.push(`data validations overlap: ${a.text} and ${b.text}`);
    }
  });
  return out;
}

/** xmllint once per schema over every part it governs; its complaints with the part names. */
function schemaProblems(bySchema: ReadonlyMap<string, [string, string][]>): string[] {
  if (!existsSync(path.join(OOXML_XSD, 'catalog.xml'))) {
    throw new Error(`The OOXML schemas are missing: expected ${OOXML_XSD} (../shared/ooxml-xsd beside the clone).`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ilm-ooxml-'));
  try {
    const out: string[] = [];
    for (const [schema, parts] of bySchema) {
      const files = parts.map(([name, xml]) => {
        const file = path.join(dir, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, xml);
        return file;
      });
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(OOXML_XSD, schema), ...files], {
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: path.join(OOXML_XSD, 'catalog.xml') },
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${r.error.message}`);
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith(' validates'));
      out.push(...lines.map((l) => l.split(`${dir}${path.sep}`).join('')));
      if (r.status !== 0 && lines.length === 0) out.push(`xmllint exited with ${r.status} on ${schema}`);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
