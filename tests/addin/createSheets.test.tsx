/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../../addin/api/apiClient';
import { selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { enterRoundAndToken, renderPane } from './renderPane';

const VIEW = {
  roundId: 'kevat-2027-abc123', name: 'Omat teemat', participantKind: 'municipalities' as const,
  themes: [
    { id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } },
    { id: 'oma-lahiruoka', name: { fi: 'Lähiruoka', sv: 'Lähiruoka', en: 'Lähiruoka' } },
  ],
  phases: [], audience: 'participant' as const, self: { id: 'turku', name: 'Turun kaupunki', contact: null }, plan: null,
};

const themesInSheet = (excel: ReturnType<typeof renderPane>['excel']) => {
  const sheet = excel.workbook.sheet('Itsearviointi')!;
  return [selfAssessmentRow(0), selfAssessmentRow(1), selfAssessmentRow(2)].map((r) => sheet.cell(r, 2).value);
};

describe('Luo tai päivitä välilehdet', () => {
  it('with a round code and a token, fetches the round first and the sheets carry its themes', async () => {
    const { excel, client } = renderPane({ round: jest.fn(async () => VIEW) });
    enterRoundAndToken('kevat-2027-abc123', 'turku.salaisuus');
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText('Välilehdet ovat valmiit. Täytä keltaiset solut.');
    expect((client.round as jest.Mock).mock.calls).toEqual([['kevat-2027-abc123', 'turku.salaisuus', 'fi']]);
    expect(themesInSheet(excel)).toEqual(['Hankinnat', 'Lähiruoka', '']);
  });

  it('does not fetch again when the round shown is the same round', async () => {
    const { excel, client } = renderPane({ round: jest.fn(async () => VIEW) });
    enterRoundAndToken('kevat-2027-abc123', 'turku.salaisuus');
    fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
    await screen.findByRole('heading', { name: 'Mitä seuraavaksi' });
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText('Välilehdet ovat valmiit. Täytä keltaiset solut.');
    expect([(client.round as jest.Mock).mock.calls.length, themesInSheet(excel)]).toEqual([1, ['Hankinnat', 'Lähiruoka', '']]);
  });

  it('without a round code makes the default sheets and asks the service nothing', async () => {
    const { excel, client } = renderPane({ round: jest.fn(async () => VIEW) });
    fireEvent.change(screen.getByLabelText('Kutsutunniste'), { target: { value: 'turku.salaisuus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText('Välilehdet ovat valmiit. Täytä keltaiset solut.');
    expect([(client.round as jest.Mock).mock.calls.length, excel.workbook.sheetList.map((s) => s.name)]).toEqual([0, ['Profiili', 'Toimintamallit', 'Itsearviointi']]);
  });

  it.each([401, 404])('a token the round refuses (%i) gets the unauthorized notice and no sheets', async (status) => {
    const { excel } = renderPane({ round: jest.fn(async () => { throw new ApiError('unauthorized', status); }) });
    enterRoundAndToken('kevat-2027-abc123', 'turku.vanha');
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kutsutunniste ei kelpaa tälle kierrokselle. Tarkista tunnus ja kutsutunniste.');
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual([]);
  });
});
