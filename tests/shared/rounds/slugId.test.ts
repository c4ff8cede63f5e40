import { slugId } from '../../../shared/rounds/slugId';

describe('slugId', () => {
  it('folds Nordic letters and joins words with hyphens', () => {
    expect(slugId('Hämeenlinnan kaupunki', new Set())).toBe('hameenlinnan-kaupunki');
  });

  it('adds -2, -3 … to a taken id', () => {
    expect(slugId('Turku', new Set(['turku', 'turku-2']))).toBe('turku-3');
  });

  it('cuts a long name at a word boundary, never inside a word', () => {
    expect(slugId('Pirkanmaan yritysyhteistyö kevät', new Set(), 24)).toBe('pirkanmaan');
    expect(slugId('Turun kestävä kasvu 2026 kevät', new Set(), 24)).toBe('turun-kestava-kasvu-2026');
  });

  it('never cuts a year in two', () => {
    expect(slugId('Kevätkierros Uusimaa 2026', new Set(), 24)).toBe('kevatkierros-uusimaa');
    expect(slugId('Yritysyhteistyökierros2026', new Set(), 24)).toBe('yritysyhteistyokierros');
  });

  it('cuts a single overlong word at the limit', () => {
    expect(slugId('Ilmastoyhteistyöverkostokierros', new Set(), 24)).toBe('ilmastoyhteistyoverkosto');
  });

  it('falls back to a neutral id for a name without letters or digits', () => {
    expect(slugId('–––', new Set())).toBe('osallistuja');
  });
});
