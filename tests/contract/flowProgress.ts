import { createRound, need, type FlowContext } from './flowContext';

/** Progress over rounds: a new round linked to the main one; a participant's own earlier ratings. */
export async function progressFlow(ctx: FlowContext): Promise<void> {
  const { rec } = ctx;
  const earlier = need(ctx.main, 'main round');
  const next = await createRound(ctx, 'next round', ['Aura', 'Eura', 'Ii']);
  const r = `rounds/${next.roundId}`;
  const c = next.coordinatorKey;
  const link = (over: Record<string, unknown> = {}) => ({ previousRoundId: earlier.roundId, previousCoordinatorKey: earlier.coordinatorKey, participants: { aura: 'aura', eura: 'eura' }, ...over });

  await rec.call('previous before the link', 'GET', `${r}/previous`, { token: c, expect: 404 });
  await rec.call('earlier before the link', 'GET', `${r}/submissions/aura/earlier`, { token: next.token.aura!, expect: 404 });
  await rec.call('link with a wrong earlier key', 'PUT', `${r}/previous`, { token: c, json: link({ previousCoordinatorKey: c }), expect: 403 });
  await rec.call('link to an unknown round', 'PUT', `${r}/previous`, { token: c, json: link({ previousRoundId: 'no-such-round' }), expect: 404 });
  await rec.call('link with unknown ids', 'PUT', `${r}/previous`, { token: c, json: link({ participants: { aura: 'aura', oulu: 'oulu', ii: 'nobody' } }), expect: 422 });
  await rec.call('link by a participant', 'PUT', `${r}/previous`, { token: next.token.aura!, json: link(), expect: 403 });
  await rec.call('link stored', 'PUT', `${r}/previous`, { token: c, json: link(), expect: 200 });
  await rec.call('previous read', 'GET', `${r}/previous`, { token: c, expect: 200 });
  await rec.call('previous by a participant', 'GET', `${r}/previous`, { token: next.token.aura!, expect: 403 });

  await rec.call('earlier ratings, own', 'GET', `${r}/submissions/aura/earlier`, { token: next.token.aura!, expect: 200 });
  await rec.call('earlier ratings of another participant', 'GET', `${r}/submissions/aura/earlier`, { token: next.token.eura!, expect: 403 });
  await rec.call('earlier ratings, unmapped', 'GET', `${r}/submissions/ii/earlier`, { token: next.token.ii!, expect: 404 });
}
