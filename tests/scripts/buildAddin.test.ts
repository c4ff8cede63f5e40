import { apiTargets } from '../../scripts/buildAddin';
import { helpPage } from '../../scripts/dev/helpPage';
import { paneCsp } from '../../scripts/dev/paneCsp';

describe('the pane build', () => {
  it('calls the local API by default', () => {
    expect(apiTargets({})).toEqual({ apiBase: 'http://localhost:7071/api', apiOrigin: 'http://localhost:7071' });
  });

  it('takes the CSP origin from --api-base unless --api-origin names one', () => {
    expect(apiTargets({ apiBase: 'http://localhost:7072/api/' })).toEqual({ apiBase: 'http://localhost:7072/api', apiOrigin: 'http://localhost:7072' });
    expect(apiTargets({ apiBase: 'https://api.example.fi/api', apiOrigin: 'https://edge.example.fi' })).toEqual({ apiBase: 'https://api.example.fi/api', apiOrigin: 'https://edge.example.fi' });
  });
});

describe('help.html', () => {
  const html = helpPage(paneCsp('https://api.example.fi'), 'https://api.example.fi/api');

  it('helps in fi, sv and en without any script, under the pane’s CSP', () => {
    expect(html).not.toMatch(/<script|README/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${paneCsp('https://api.example.fi')}" />`);
    expect(html.match(/<section lang="(fi|sv|en)"/g)).toEqual(['<section lang="fi"', '<section lang="sv"', '<section lang="en"']);
    expect(html).toContain('<h2>Klimatsamarbete – hjälp</h2>');
  });

  it('says where the codes come from and how to answer without the add-in', () => {
    expect(html).toContain('Molemmat ovat koordinaattorin lähettämässä kutsussa.');
    expect(html).toContain('Download the template from https://api.example.fi/api/template.xlsx?lang=en');
    expect(html).toContain('Upload My Add-in');
  });
});
