import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROFILE_FIELDS } from '../../../shared/layouts/profileLayout';
import { readWorkbook } from '../../../shared/layouts/readWorkbook';
import { renderWorkbookValues } from '../../../shared/layouts/renderWorkbookValues';
import { sheetLabel } from '../../../shared/layouts/sheetLabels';
import { fieldLabel } from '../../../shared/schemas/fieldLabels';
import { parseSubmission } from '../../../shared/schemas/parseSubmission';
import type { Submission } from '../../../shared/schemas/submissionSchema';

// The contact person's three rows on the Profile sheet: after the round code, read back as `contact`.
const fixture = (): Submission => {
  const r = parseSubmission(JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/submissions/mid-size-town.json'), 'utf8')));
  if (!r.ok) throw new Error('fixture');
  return r.value;
};
const index = (key: string) => PROFILE_FIELDS.findIndex((f) => f.key === key);

function withContactCells(name: string, role: string, email: string) {
  const values = renderWorkbookValues('fi', fixture());
  const profile = [...values.profile];
  profile[index('contactName')] = name;
  profile[index('contactRole')] = role;
  profile[index('contactEmail')] = email;
  return readWorkbook({ ...values, profile });
}

describe('the contact person on the Profile sheet', () => {
  it('comes last, after the round code, with its workbook names', () => {
    expect(PROFILE_FIELDS.slice(-4).map((f) => [f.name, f.path.join('.')])).toEqual([
      ['IlmRoundCode', 'roundId'],
      ['IlmContactName', 'contact.name'],
      ['IlmContactRole', 'contact.role'],
      ['IlmContactEmail', 'contact.email'],
    ]);
  });

  it('is named with the sheet’s labels in every language', () => {
    expect(['fi', 'sv', 'en'].map((l) => ['name', 'role', 'email'].map((k) => fieldLabel(['contact', k], l as 'fi')))).toEqual([
      ['Yhteyshenkilö: nimi', 'Yhteyshenkilö: rooli', 'Yhteyshenkilö: sähköposti'],
      ['Kontaktperson: namn', 'Kontaktperson: roll', 'Kontaktperson: e-post'],
      ['Contact person: name', 'Contact person: role', 'Contact person: e-mail'],
    ]);
    expect(sheetLabel(['contact', 'email'], 'en')).toBe('Contact person: e-mail');
  });

  it('gives no contact when all three cells are empty', () => {
    const r = parseSubmission(withContactCells('', '  ', '').input);
    expect(r.ok && r.value.contact).toBeUndefined();
    expect(r.ok).toBe(true);
  });

  it('reads a filled contact, the role optional', () => {
    const r = parseSubmission(withContactCells('Aino Virtanen', '', 'aino.virtanen@kunta.fi').input);
    expect(r.ok && r.value.contact).toEqual({ name: 'Aino Virtanen', email: 'aino.virtanen@kunta.fi' });
  });

  it('names the empty required cell of a partly filled contact', () => {
    const reading = withContactCells('', 'Ilmastokoordinaattori', '');
    const r = parseSubmission(reading.input);
    expect(!r.ok && r.errors.map((e) => [e.code, reading.cellFor(e.path)?.address, e.message.fi])).toEqual([
      ['required', 'B22', '«Yhteyshenkilö: nimi» on pakollinen.'],
      ['required', 'B24', '«Yhteyshenkilö: sähköposti» on pakollinen.'],
    ]);
  });

  it('names a malformed e-mail at its cell', () => {
    const reading = withContactCells('Aino Virtanen', '', 'aino.kunta.fi');
    const r = parseSubmission(reading.input);
    expect(!r.ok && r.errors.map((e) => [e.code, reading.cellFor(e.path)?.address, e.message.en])).toEqual([
      ['invalid_format', 'B24', '“Contact person: e-mail”: the format is not valid.'],
    ]);
  });

  it('renders a submission’s contact into its cells', () => {
    const values = renderWorkbookValues('sv', { ...fixture(), contact: { name: 'Aino Virtanen', role: 'Klimatkoordinator', email: 'aino@kunta.fi' } });
    expect(values.profile.slice(-3)).toEqual(['Aino Virtanen', 'Klimatkoordinator', 'aino@kunta.fi']);
  });
});
