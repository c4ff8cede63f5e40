import type { Localized } from './lang';

/**
 * The results review and sharing in the pane (part of PANE_STRINGS): the participant's "Tulokset"
 * section and the coordinator's review, finalising and publication.
 */
export const RESULTS_STRINGS = {
  results: { fi: 'Tulokset', sv: 'Resultat', en: 'Results' },
  resultsHelp: {
    fi: 'Kierroksen yhteenveto. Katselmoinnin aikana näet, miten oma osuutesi näkyy yhteenvedossa, ja voit hyväksyä sen, kommentoida sitä tai laskea jakamisen tasoa. Kun koordinaattori on vahvistanut yhteenvedon, voit lisätä sen työkirjaan.',
    sv: 'Omgångens sammanfattning. Under granskningen ser ni hur er egen del syns i sammanfattningen och kan godkänna den, kommentera den eller sänka delningsnivån. När koordinatorn har fastställt sammanfattningen kan ni lägga till den i arbetsboken.',
    en: 'The round’s summary. During the review you see exactly how your own part appears in it, and can approve it, comment on it or lower its sharing. Once the coordinator has finalised the summary, you can insert it into the workbook.',
  },
  resultsRefresh: { fi: 'Päivitä tila', sv: 'Uppdatera läget', en: 'Refresh status' },
  resultsNothingYet: {
    fi: 'Katselmointi ei ole auki eikä lopullista yhteenvetoa ole vielä. Koordinaattori ilmoittaa, kun voit katsoa oman osuutesi; valitse silloin Päivitä tila.',
    sv: 'Granskningen är inte öppen och den slutliga sammanfattningen finns inte ännu. Koordinatorn meddelar när ni kan se er del; välj då Uppdatera läget.',
    en: 'The review is not open and there is no final summary yet. The coordinator will tell you when you can see your part; then choose Refresh status.',
  },
  resultsReviewOpen: { fi: 'Katselmointi on auki {deadline} asti.', sv: 'Granskningen är öppen till och med {deadline}.', en: 'The review is open until {deadline}.' },
  resultsResponded: { fi: 'Vastauksesi lähetettiin {time}. Voit muuttaa sitä määräaikaan asti.', sv: 'Ert svar skickades {time}. Ni kan ändra det fram till sista dagen.', en: 'Your response was sent {time}. You can change it until the deadline.' },
  resultsFinal: { fi: 'Lopullinen yhteenveto, versio {version}, vahvistettiin {time}.', sv: 'Den slutliga sammanfattningen, version {version}, fastställdes {time}.', en: 'The final summary, version {version}, was finalised {time}.' },
  insertPreview: { fi: 'Lisää esikatselu välilehdeksi', sv: 'Lägg till förhandsvisningen som flik', en: 'Insert the preview as a sheet' },
  sendResponse: { fi: 'Lähetä vastaus', sv: 'Skicka svaret', en: 'Send the response' },
  insertFinal: { fi: 'Lisää lopullinen yhteenveto', sv: 'Lägg till den slutliga sammanfattningen', en: 'Insert the final summary' },
  previewInserted: {
    fi: 'Välilehti {sheet} on valmis: {n} kohtaa. Kommentoi tai laske jakamista keltaisissa soluissa, valitse hyväksytkö osuutesi ja valitse sitten Lähetä vastaus.',
    sv: 'Fliken {sheet} är klar: {n} punkter. Kommentera eller sänk delningen i de gula cellerna, välj om ni godkänner er del och välj sedan Skicka svaret.',
    en: 'The {sheet} sheet is ready: {n} items. Comment or lower the sharing in the yellow cells, choose whether you approve your part, then choose Send the response.',
  },
  previewInsertedOne: {
    fi: 'Välilehti {sheet} on valmis: 1 kohta. Kommentoi tai laske jakamista keltaisissa soluissa, valitse hyväksytkö osuutesi ja valitse sitten Lähetä vastaus.',
    sv: 'Fliken {sheet} är klar: 1 punkt. Kommentera eller sänk delningen i de gula cellerna, välj om ni godkänner er del och välj sedan Skicka svaret.',
    en: 'The {sheet} sheet is ready: 1 item. Comment or lower the sharing in the yellow cells, choose whether you approve your part, then choose Send the response.',
  },
  reviewNotOpen: {
    fi: 'Katselmointi ei ole auki. Odota koordinaattorin ilmoitusta ja valitse sitten Päivitä tila.',
    sv: 'Granskningen är inte öppen. Vänta på koordinatorns meddelande och välj sedan Uppdatera läget.',
    en: 'The review is not open. Wait for the coordinator’s word, then choose Refresh status.',
  },
  previewSheetMissing: {
    fi: 'Tulosten esikatselu -välilehteä ei löydy. Valitse ensin Lisää esikatselu välilehdeksi.',
    sv: 'Fliken Förhandsvisning av resultat finns inte. Välj först Lägg till förhandsvisningen som flik.',
    en: 'The Results preview sheet is not there. Choose Insert the preview as a sheet first.',
  },
  responseApproved: {
    fi: 'Vastaus lähetetty: hyväksyit osuutesi (kommentteja {comments}, jakamistasoa laskettu {lowered} kohdassa). Voit muuttaa vastausta määräaikaan asti.',
    sv: 'Svaret skickades: ni godkände er del (kommentarer {comments}, delningsnivån sänkt för {lowered} punkter). Ni kan ändra svaret fram till sista dagen.',
    en: 'Response sent: you approved your part ({comments} comments, sharing level lowered on {lowered} items). You can change it until the deadline.',
  },
  responseCommented: {
    fi: 'Vastaus lähetetty ilman hyväksyntää (kommentteja {comments}, jakamistasoa laskettu {lowered} kohdassa). Koordinaattori lukee kommenttisi ennen kuin vahvistaa yhteenvedon.',
    sv: 'Svaret skickades utan godkännande (kommentarer {comments}, delningsnivån sänkt för {lowered} punkter). Koordinatorn läser era kommentarer innan sammanfattningen fastställs.',
    en: 'Response sent without approval ({comments} comments, sharing level lowered on {lowered} items). The coordinator reads your comments before finalising the summary.',
  },
  responseRefused: {
    fi: 'Vastausta ei voitu lähettää: katselmointi on päättynyt tai yhteenveto on jo vahvistettu ({detail}). Valitse Päivitä tila.',
    sv: 'Svaret kunde inte skickas: granskningen har avslutats eller sammanfattningen är redan fastställd ({detail}). Välj Uppdatera läget.',
    en: 'The response could not be sent: the review has ended or the summary is already final ({detail}). Choose Refresh status.',
  },
  finalInserted: {
    fi: 'Lopullinen yhteenveto (versio {version}) on välilehdellä {sheet}. Tallenna työkirja, niin sinulla on se myös tiedostona.',
    sv: 'Den slutliga sammanfattningen (version {version}) finns på fliken {sheet}. Spara arbetsboken så har ni den också som fil.',
    en: 'The final summary (version {version}) is on the {sheet} sheet. Save the workbook to keep it as a file too.',
  },
  finalNotYet: {
    fi: 'Lopullista yhteenvetoa ei ole vielä. Koordinaattori vahvistaa sen katselmoinnin jälkeen.',
    sv: 'Den slutliga sammanfattningen finns inte ännu. Koordinatorn fastställer den efter granskningen.',
    en: 'There is no final summary yet. The coordinator finalises it after the review.',
  },

  coordResults: { fi: 'E. Yhteenvedon katselmointi ja jakaminen', sv: 'E. Granskning och delning av sammanfattningen', en: 'E. Review and share the summary' },
  coordResultsHelp: {
    fi: 'Avaa yhteenvedon katselmointi määräajalla: jokainen osallistuja näkee oman osuutensa ja voi hyväksyä, kommentoida tai laskea jakamista. Seuraa vastauksia, vahvista lopullinen yhteenveto ja julkaise se halutessasi avoimella linkillä.',
    sv: 'Öppna granskningen av sammanfattningen med en sista dag: varje deltagare ser sin egen del och kan godkänna, kommentera eller sänka delningen. Följ svaren, fastställ den slutliga sammanfattningen och publicera den vid behov med en öppen länk.',
    en: 'Open the review of the summary with a deadline: each participant sees its own part and can approve, comment or lower its sharing. Follow the responses, finalise the summary and, if you wish, publish it with an open link.',
  },
  reviewDeadline: { fi: 'Katselmoinnin määräaika', sv: 'Granskningens sista dag', en: 'Review deadline' },
  openReview: { fi: 'Avaa katselmointi', sv: 'Öppna granskningen', en: 'Open the review' },
  changeDeadline: { fi: 'Muuta määräaikaa', sv: 'Ändra sista dagen', en: 'Change the deadline' },
  deadlineChanged: {
    fi: 'Katselmoinnin määräaika on nyt {deadline}. Vastaukset ja jakamisen rajaukset säilyvät; kerro uusi päivä osallistujille.',
    sv: 'Granskningens sista dag är nu {deadline}. Svaren och sänkta delningsnivåer finns kvar; meddela deltagarna den nya dagen.',
    en: 'The review deadline is now {deadline}. Responses and lowered sharing stay; tell the participants the new date.',
  },
  reviewOpened: {
    fi: 'Katselmointi on auki {deadline} asti. Kerro osallistujille, että he voivat nyt avata Tulokset-osion ja lähettää vastauksensa. Seuraa vastauksia alta.',
    sv: 'Granskningen är öppen till och med {deadline}. Berätta för deltagarna att de nu kan öppna avsnittet Resultat och skicka sina svar. Följ svaren nedan.',
    en: 'The review is open until {deadline}. Tell the participants they can now open the Results section and send their responses. Follow the responses below.',
  },
  deadlineInPast: { fi: 'Valitse määräajaksi tämä päivä tai myöhempi päivä.', sv: 'Välj i dag eller en senare dag som sista dag.', en: 'Choose today or a later day as the deadline.' },
  followResponses: { fi: 'Päivitä vastaukset', sv: 'Uppdatera svaren', en: 'Refresh the responses' },
  responsesShown: {
    fi: 'Vastanneita {answered}/{n}, hyväksyneitä {approved}. Kun olet lukenut kommentit, vahvista lopullinen yhteenveto.',
    sv: 'Svarat {answered}/{n}, godkänt {approved}. När ni har läst kommentarerna, fastställ den slutliga sammanfattningen.',
    en: 'Responded {answered}/{n}, approved {approved}. Once you have read the comments, finalise the summary.',
  },
  noReviewYet: { fi: 'Katselmointia ei ole avattu. Valitse määräaika ja Avaa katselmointi.', sv: 'Granskningen har inte öppnats. Välj sista dag och Öppna granskningen.', en: 'The review has not been opened. Choose a deadline and Open the review.' },
  reviewIsOpen: { fi: 'Katselmointi auki {deadline} asti, avattu {time}.', sv: 'Granskningen är öppen till och med {deadline}, öppnad {time}.', en: 'Review open until {deadline}, opened {time}.' },
  responsesTable: { fi: 'Osallistujien vastaukset', sv: 'Deltagarnas svar', en: 'Participants’ responses' },
  colParticipant: { fi: 'Osallistuja', sv: 'Deltagare', en: 'Participant' },
  colStatus: { fi: 'Tila', sv: 'Status', en: 'Status' },
  responseCounts: { fi: 'Kommentteja {comments}, jakamistasoa laskettu {lowered} kohdassa', sv: 'Kommentarer {comments}, delningsnivån sänkt för {lowered} punkter', en: '{comments} comments, sharing level lowered on {lowered} items' },
  statusNotOpened: { fi: 'Ei avannut', sv: 'Inte öppnat', en: 'Not opened' },
  statusOpened: { fi: 'Avannut, ei vastausta', sv: 'Öppnat, inget svar', en: 'Opened, no response' },
  statusApproved: { fi: 'Hyväksynyt', sv: 'Godkänt', en: 'Approved' },
  statusCommented: { fi: 'Kommentoinut', sv: 'Kommenterat', en: 'Commented' },
  commentsOf: { fi: 'Kommentit: {name}', sv: 'Kommentarer: {name}', en: 'Comments: {name}' },
  commentOnSelf: { fi: 'Itsearviointi: {theme}', sv: 'Självvärdering: {theme}', en: 'Self-assessment: {theme}' },
  commentOnReport: { fi: 'Palauteraportti, {theme}: {field}', sv: 'Återkopplingsrapporten, {theme}: {field}', en: 'Feedback report, {theme}: {field}' },
  commentOnReportItem: { fi: 'Palauteraportin kohta', sv: 'En punkt i återkopplingsrapporten', en: 'An item of the feedback report' },
  finalVersion: { fi: 'Lopullinen yhteenveto: versio {version}, {time}.', sv: 'Slutlig sammanfattning: version {version}, {time}.', en: 'Final summary: version {version}, {time}.' },
  finalise: { fi: 'Vahvista lopullinen yhteenveto', sv: 'Fastställ den slutliga sammanfattningen', en: 'Finalise the summary' },
  finalised: {
    fi: 'Lopullinen yhteenveto vahvistettiin: versio {version}, {time}. Jäsenet voivat nyt lisätä sen Tulokset-osiosta. Voit julkaista sen avoimella linkillä.',
    sv: 'Den slutliga sammanfattningen fastställdes: version {version}, {time}. Medlemmarna kan nu lägga till den i avsnittet Resultat. Ni kan publicera den med en öppen länk.',
    en: 'The summary was finalised: version {version}, {time}. Members can now insert it from their Results section. You can publish it with an open link.',
  },
  publish: { fi: 'Julkaise avoimesti', sv: 'Publicera öppet', en: 'Publish openly' },
  withdraw: { fi: 'Peru julkaisu', sv: 'Dra tillbaka publiceringen', en: 'Withdraw the publication' },
  published: {
    fi: 'Yhteenveto (versio {version}) on julkaistu. Kopioi linkki ja jaa se: sivu toimii ilman kirjautumista eikä seuraa lukijoita.',
    sv: 'Sammanfattningen (version {version}) är publicerad. Kopiera länken och dela den: sidan kräver ingen inloggning och spårar inte läsarna.',
    en: 'The summary (version {version}) is published. Copy the link and share it: the page needs no login and does not track readers.',
  },
  withdrawn: {
    fi: 'Julkaisu peruttiin: linkki ei enää toimi. Voit julkaista yhteenvedon uudelleen.',
    sv: 'Publiceringen drogs tillbaka: länken fungerar inte längre. Ni kan publicera sammanfattningen igen.',
    en: 'The publication was withdrawn: the link no longer works. You can publish the summary again.',
  },
  publicLink: { fi: 'Julkinen linkki', sv: 'Offentlig länk', en: 'Public link' },
  publicLinkHint: { fi: 'Sama yhteenveto myös Excel-tiedostona: {xlsx}', sv: 'Samma sammanfattning även som Excel-fil: {xlsx}', en: 'The same summary as an Excel file: {xlsx}' },
  copyLink: { fi: 'Kopioi linkki', sv: 'Kopiera länken', en: 'Copy the link' },
  linkCopied: { fi: 'Linkki kopioitiin leikepöydälle.', sv: 'Länken kopierades till urklipp.', en: 'The link was copied to the clipboard.' },
  linkCopyFailed: {
    fi: 'Kopiointi ei onnistunut. Linkki on valittuna kentässä: kopioi se itse (Ctrl+C).',
    sv: 'Kopieringen misslyckades. Länken är markerad i fältet: kopiera den själv (Ctrl+C).',
    en: 'Copying failed. The link is selected in the field: copy it yourself (Ctrl+C).',
  },
  resultsConflict: { fi: 'Palvelin ei hyväksynyt pyyntöä: {detail}', sv: 'Servern godtog inte begäran: {detail}', en: 'The server did not accept the request: {detail}' },
  notFinalYet: { fi: 'Julkaistavaa ei ole: vahvista ensin lopullinen yhteenveto.', sv: 'Inget att publicera: fastställ först den slutliga sammanfattningen.', en: 'Nothing to publish: finalise the summary first.' },
} satisfies Record<string, Localized>;
