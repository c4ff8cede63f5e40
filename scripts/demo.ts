// `npm run demo [-- --lang fi|sv|en]`: a whole round against the local stack (started here, in memory,
// when nothing answers on API_URL or :7071): create a round, add the six fixture participants, submit,
// recommend, plan interviews, combine, print a short readable report with the coordinator key and one
// invite token (to try the pane with), run every visit (details, questions, a released report, the
// host's sharing; scripts/demoVisits.ts), and save the coordinator workbook as out/coordinator.xlsx
// (OUT_DIR to change the folder); an earlier one is kept and the new one is coordinator-2.xlsx, -3 …
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG } from '../shared/catalog/catalog';
import { formatDecimal } from '../shared/i18n/formatNumber';
import type { Lang } from '../shared/i18n/lang';
import { proposePhases } from '../shared/rounds/proposePhases';
import { parseCliArgs } from './cliArgs';
import { runResults } from './demoResults';
import { runVisits, type DemoCall } from './demoVisits';
import { localRoundCreationKey, startLocalStack, type LocalStack } from './dev/localStack';

const T = {
  fi: { title: 'Ilmastoyhteistyö – esittelykierros', roundName: 'Esittelykierros', key: 'Koordinaattoriavain', token: 'Kutsutunniste', workbook: 'Koordinaattorin työkirja tallennettu', round: 'Kierros', participants: 'Osallistujat ja suositukset', approach: 'koordinointitapa', models: 'kärkimallit', plan: 'Haastattelusuunnitelma', host: 'vierailu', team: 'ryhmä', summary: 'Yhteenveto (ei osallistujien vertailua)', themes: 'Teemojen kypsyystasot 1–5 (jakauma)', adoption: 'Käytössä tai suunnitteilla eniten', approaches: 'Suositellut koordinointitavat', visits: 'Vierailut', questionsSent: 'kysymykset lähetetty', questionsNot: 'kysymyksiä ei lähetetty', released: 'raportti julkaistu', draft: 'raporttiluonnos', noReport: 'ei raporttia', sharingSet: 'jakaminen valittu', sharingNot: 'jakamista ei valittu', findings: 'Haastatteluryhmien havaitsemat vahvuudet ja kehittämiskohteet (isäntien jakamat)', strength: 'vahvuus', development: 'kehittämiskohde', results: 'Tulokset', final: 'Lopullinen yhteenveto, versio', published: 'Julkaistu avoimesti (ei kirjautumista)' },
  sv: { title: 'Klimatsamarbete – demonstrationsomgång', roundName: 'Demonstrationsomgång', key: 'Koordinatornyckel', token: 'Inbjudningskod', workbook: 'Koordinatorns arbetsbok sparad i', round: 'Omgång', participants: 'Deltagare och rekommendationer', approach: 'samordningssätt', models: 'toppmodeller', plan: 'Intervjuplan', host: 'besök', team: 'grupp', summary: 'Sammanfattning (deltagarna jämförs inte)', themes: 'Temanas mognadsnivåer 1–5 (fördelning)', adoption: 'Mest i bruk eller planerade', approaches: 'Rekommenderade samordningssätt', visits: 'Besök', questionsSent: 'frågorna skickade', questionsNot: 'frågorna inte skickade', released: 'rapporten publicerad', draft: 'rapportutkast', noReport: 'ingen rapport', sharingSet: 'delningen vald', sharingNot: 'delningen inte vald', findings: 'Styrkor och utvecklingsområden som intervjugrupperna identifierat (delade av värdarna)', strength: 'styrka', development: 'utvecklingsområde', results: 'Resultat', final: 'Slutlig sammanfattning, version', published: 'Publicerad öppet (ingen inloggning)' },
  en: { title: 'Ilmastoyhteistyö – demo round', roundName: 'Demo round', key: 'Coordinator key', token: 'Invite token', workbook: 'Coordinator workbook saved to', round: 'Round', participants: 'Participants and recommendations', approach: 'approach', models: 'top models', plan: 'Interview plan', host: 'visit', team: 'team', summary: 'Summary (participants are not compared)', themes: 'Theme maturity 1–5 (distribution)', adoption: 'Most in use or planned', approaches: 'Recommended coordination approaches', visits: 'Visits', questionsSent: 'questions sent', questionsNot: 'questions not sent', released: 'report released', draft: 'report draft', noReport: 'no report', sharingSet: 'sharing set', sharingNot: 'sharing not set', findings: 'Strengths and development areas identified by the interview teams (as the hosts shared them)', strength: 'strength', development: 'development area', results: 'Results', final: 'Final summary, version', published: 'Published openly (no login)' },
} as const satisfies Record<Lang, Record<string, string>>;

/** `dir/coordinator.xlsx`, or the first free `coordinator-N.xlsx` so that an earlier workbook is kept. */
function freeWorkbookPath(dir: string): string {
  let file = path.join(dir, 'coordinator.xlsx');
  for (let n = 2; existsSync(file); n += 1) file = path.join(dir, `coordinator-${n}.xlsx`);
  return file;
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) })).ok;
  } catch {
    return false;
  }
}

async function api(base: string, method: string, route: string, token?: string, body?: unknown, lang: Lang = 'fi') {
  const res = await fetch(`${base}/${route}`, {
    method,
    headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${route} → ${res.status}: ${JSON.stringify(json)}`);
  return json as never;
}

async function main(): Promise<void> {
  const { lang } = parseCliArgs(process.argv.slice(2));
  const t = T[lang];
  let base = process.env.API_URL ?? 'http://127.0.0.1:7071/api';
  let stack: LocalStack | undefined;
  let key = localRoundCreationKey();
  if (!(await reachable(base))) {
    stack = await startLocalStack({ apiPort: 0, inMemory: true });
    base = stack.baseUrl;
    key = stack.roundCreationKey;
  }
  try {
    const dir = path.resolve(__dirname, '../tests/fixtures/submissions');
    const subs = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const s = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      delete s.roundId;
      delete s.participantId;
      return s;
    });
    const round: { roundId: string; coordinatorKey: string; participants: { participantId: string; name: string; inviteToken: string }[] } =
      await api(base, 'POST', 'rounds', key, { name: t.roundName, participantKind: 'mixed', phases: proposePhases(new Date().toISOString().slice(0, 10)), participants: subs.map((s) => ({ name: s.participant.name })) });
    const name = (id: string) => CATALOG.models.find((m) => m.id === id)!.name[lang];
    const first = round.participants[0]!;
    // Local demo data only: the key and a token let one open the round and submit in the pane.
    const lines = [`# ${t.title}`, '', `${t.round}: ${round.roundId}  (API ${base})`, `${t.key}: ${round.coordinatorKey}`, `${t.token} (${first.name}): ${first.inviteToken}`, '', `## ${t.participants}`];
    for (const [i, p] of round.participants.entries()) {
      await api(base, 'PUT', `rounds/${round.roundId}/submissions/${p.participantId}`, p.inviteToken, subs[i]);
      const rec: { approaches: { name?: string; approachId: string; suitability: number }[]; models: { modelId: string; score: number }[] } =
        await api(base, 'POST', `recommend?lang=${lang}`, undefined, subs[i], lang);
      const a = rec.approaches[0]!;
      const approachName = CATALOG.approaches.find((x) => x.id === a.approachId)!.name[lang];
      lines.push(`- ${p.name}: ${t.approach} «${approachName}» (${a.suitability}); ${t.models}: ${rec.models.slice(0, 3).map((m) => `${name(m.modelId)} ${formatDecimal(m.score, lang, 2)}`).join('; ')}`);
    }
    const plan: { visits: { order: number; slot: number; hostId: string; teamIds: string[] }[]; names: Record<string, string> } =
      await api(base, 'PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, {});
    lines.push('', `## ${t.plan}`);
    for (const v of plan.visits) lines.push(`${v.order}. ${t.host} ${plan.names[v.hostId]} — ${t.team}: ${v.teamIds.map((id) => plan.names[id]).join(' + ')}`);
    const call: DemoCall = (method, route, token, body) => api(base, method, route, token, body, lang);
    const tokens = new Map(round.participants.map((p) => [p.participantId, p.inviteToken]));
    await runVisits(call, round.roundId, plan.visits, (id) => tokens.get(id)!, round.coordinatorKey, lang, new Date().toISOString().slice(0, 10));
    const visits: { visits: { hostName: string; dates: string[]; questionsSent: boolean; report: { status: string; version: number | null; releasedVersion: number | null }; sharingSet: boolean }[] } =
      await api(base, 'GET', `rounds/${round.roundId}/visits`, round.coordinatorKey);
    lines.push('', `## ${t.visits}`);
    for (const v of visits.visits) {
      const report = v.report.status === 'released' ? `${t.released} v${v.report.releasedVersion}` : v.report.status === 'draft' ? `${t.draft} v${v.report.version}` : t.noReport;
      lines.push(`- ${v.hostName}: ${v.dates.join(', ')}; ${v.questionsSent ? t.questionsSent : t.questionsNot}; ${report}; ${v.sharingSet ? t.sharingSet : t.sharingNot}`);
    }
    type Finding = { text: string; hostName?: string };
    const summary: { themes: { themeId: string; distribution: number[] | null; ratedCount: number; teamStrengths: Finding[]; teamDevelopmentAreas: Finding[] }[]; models: { modelId: string; statusCounts: { inUse: number; planned: number } }[]; approaches: { approachId: string; recommendedCount: number }[] } =
      await api(base, 'GET', `rounds/${round.roundId}/summary`, round.coordinatorKey);
    lines.push('', `## ${t.summary}`, '', `### ${t.themes}`);
    for (const th of summary.themes) {
      const themeName = CATALOG.themes.find((x) => x.id === th.themeId)?.name[lang] ?? th.themeId;
      lines.push(`- ${themeName}: ${th.distribution ? th.distribution.map((c, i) => `${i + 1}:${'■'.repeat(c)}${c}`).join('  ') : `n=${th.ratedCount}`}`);
    }
    lines.push('', `### ${t.findings}`);
    const finding = (kind: string, f: Finding) => `${kind}: «${f.text}»${f.hostName ? ` (${f.hostName})` : ''}`;
    for (const th of summary.themes) {
      const themeName = CATALOG.themes.find((x) => x.id === th.themeId)?.name[lang] ?? th.themeId;
      for (const f of th.teamStrengths) lines.push(`- ${themeName}: ${finding(t.strength, f)}`);
      for (const f of th.teamDevelopmentAreas) lines.push(`- ${themeName}: ${finding(t.development, f)}`);
    }
    lines.push('', `### ${t.adoption}`);
    const adoption = [...summary.models].sort((a, b) => b.statusCounts.inUse + b.statusCounts.planned - (a.statusCounts.inUse + a.statusCounts.planned)).slice(0, 5);
    for (const m of adoption) lines.push(`- ${name(m.modelId)}: ${m.statusCounts.inUse + m.statusCounts.planned}/${round.participants.length}`);
    lines.push('', `### ${t.approaches}`);
    for (const a of summary.approaches) lines.push(`- ${CATALOG.approaches.find((x) => x.id === a.approachId)!.name[lang]}: ${a.recommendedCount}`);
    const results = await runResults(call, round.roundId, round.participants.map((p) => p.participantId), (id) => tokens.get(id)!, round.coordinatorKey, lang, new Date().toISOString().slice(0, 10));
    // The public page's address as the API serves it (…/api/public/results/<id>.html).
    const publicUrl = `${new URL(base).origin}${results.path}.html?lang=${lang}`;
    lines.push('', `## ${t.results}`, `${t.final} ${results.version}`, `${t.published}: ${publicUrl}`);
    const res = await fetch(`${base}/rounds/${round.roundId}/workbook.xlsx?lang=${lang}`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } });
    if (!res.ok) throw new Error(`GET workbook.xlsx → ${res.status}`);
    const outDir = path.resolve(process.env.OUT_DIR ?? path.join(__dirname, '..', 'out'));
    mkdirSync(outDir, { recursive: true });
    const file = freeWorkbookPath(outDir);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    lines.push('', `${t.workbook}: ${path.relative(process.cwd(), file) || file}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await stack?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
