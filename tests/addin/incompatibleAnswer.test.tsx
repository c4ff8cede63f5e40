/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError, createApiClient } from '../../addin/api/apiClient';
import { paneText } from '../../addin/hooks/useStrings';
import { failure } from '../../addin/upload/uploadShared';
import { uploadText } from '../../addin/upload/uploadStrings';
import { UploadPage } from '../../addin/upload/UploadPage';
import { enterRoundAndToken, renderPane } from './renderPane';
import { SERVER_BODIES } from './serverBodies';

// An answer the pane does not understand (the service is newer or older than the add-in) is said in
// the user's language with what to do: reload. Nothing of the body or of a validator is shown.

/** A fetch answer as the client reads it (jsdom has no Response). */
function answer(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, headers: { get: () => null }, json: async () => body } as unknown as Response;
}
const clientAnswering = (...answers: Response[]) => createApiClient('http://api.test/api', (async () => answers.shift()!) as unknown as typeof fetch);

describe('an answer in a form the pane does not understand', () => {
  it('has its own text in fi, sv and en, in the pane and on the upload page', () => {
    expect((['fi', 'sv', 'en'] as const).map((lang) => [paneText(lang, 'incompatible'), uploadText(lang, 'incompatible')])).toEqual([
      [
        'Palvelu vastasi muodossa, jota tämä apuohjelman versio ei ymmärrä. Lataa apuohjelma uudelleen: sulje tehtäväruutu ja avaa se uudestaan. Yritä sitten uudelleen.',
        'Palvelu vastasi muodossa, jota tämä sivun versio ei ymmärrä. Lataa sivu uudelleen ja yritä sitten uudestaan.',
      ],
      [
        'Tjänsten svarade i en form som den här versionen av tillägget inte förstår. Läs in tillägget på nytt: stäng åtgärdsfönstret och öppna det igen. Försök sedan igen.',
        'Tjänsten svarade i en form som den här versionen av sidan inte förstår. Ladda om sidan och försök sedan igen.',
      ],
      [
        'The service answered in a form this version of the add-in does not understand. Reload the add-in: close the task pane and open it again. Then try again.',
        'The service answered in a form this version of the page does not understand. Reload the page, then try again.',
      ],
    ]);
    expect(failure(new ApiError('incompatible', 200, [], 'answer 200 does not fit at «version»'))).toEqual({ key: 'incompatible', detail: '' });
  });

  it('the pane says so when the round comes back without its themes, and writes no sheets', async () => {
    const { themes: _themes, ...withoutThemes } = SERVER_BODIES.round;
    const api = clientAnswering(answer(200, withoutThemes));
    const { excel } = renderPane({ round: api.round });
    enterRoundAndToken('kevat-2027-abc123', 'turku.salaisuus');
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    const shown = await screen.findByText('Palvelu vastasi muodossa, jota tämä apuohjelman versio ei ymmärrä. Lataa apuohjelma uudelleen: sulje tehtäväruutu ja avaa se uudestaan. Yritä sitten uudelleen.');
    expect([shown.textContent?.includes('fit'), excel.workbook.sheet('Itsearviointi')]).toEqual([false, undefined]);
  });

  it('the upload page says so when the stored version comes back as text', async () => {
    render(<UploadPage api={clientAnswering(answer(201, { version: '2', submittedAt: '2027-02-01T10:00:00.000Z' }))} initialLang="sv" initialRoundId="kevat-2027-abc123" />);
    fireEvent.change(screen.getByLabelText(/Inbjudningskod/), { target: { value: 'turku.SECRET' } });
    fireEvent.change(screen.getByLabelText('Ifylld fil (.xlsx)'), { target: { files: [new File(['filled'], 'f.xlsx')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tjänsten svarade i en form som den här versionen av sidan inte förstår. Ladda om sidan och försök sedan igen.');
  });
});
