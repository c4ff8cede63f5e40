import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifest = path.join(root, 'manifest.xml');
const xsd = path.resolve(root, '../shared/xsd/manifest.xsd');

describe('manifest.xml', () => {
  it('validates against the official add-in schemas with xmllint (Debian libxml2-utils)', () => {
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, manifest], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect([r.status, r.stderr.trim()]).toEqual([0, `${manifest} validates`]);
  });

  it('is rejected by the schema when broken, so the check has teeth', () => {
    const broken = readFileSync(manifest, 'utf8').replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    let status = 0;
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], { input: broken, stdio: ['pipe', 'ignore', 'ignore'] });
    } catch (err) {
      status = (err as { status: number }).status;
    }
    expect(status).toBe(3);
  });

  it('reads back with office-addin-manifest as an Excel task pane in Finnish with sv and en overrides', async () => {
    // Read in plain Node: a dependency of office-addin-manifest ships ESM that jest's CommonJS runtime cannot load.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(manifest)}).then((m) => process.stdout.write(JSON.stringify(m)))`;
    const info = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
    expect([info.officeAppType, info.hosts, info.defaultLocale, info.displayName, info.permissions, info.defaultSettings?.sourceLocation]).toEqual([
      'TaskPaneApp', ['Workbook'], 'fi-FI', 'Ilmastoyhteistyö', 'ReadWriteDocument', 'https://localhost:3000/taskpane.html',
    ]);
    const xml = readFileSync(manifest, 'utf8');
    expect(xml).toContain('<Override Locale="sv-SE" Value="Klimatsamarbete"/>');
    expect(xml).toContain('<Override Locale="en-US" Value="Climate cooperation"/>');
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });
});
