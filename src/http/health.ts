/**
 * `GET /healthz`: 200 once the knowledge is loaded and every configured
 * adapter is connected, 503 otherwise, with a JSON body saying which, for a
 * load balancer's or an orchestrator's readiness check.
 */
import { json, methodNotAllowed, type Outgoing } from './outgoing.ts';

/** What health is judged from, read on every request. */
export interface HealthState {
  /** The knowledge is loaded and answering. */
  knowledge: boolean;
  /** Every adapter `npm start` was asked to run, and whether it is connected now. */
  adapters: readonly { name: string; connected: boolean }[];
}

/** The JSON body of /healthz. */
export interface HealthBody {
  status: 'ok' | 'unavailable';
  knowledge: 'loaded' | 'loading';
  adapters: Record<string, 'connected' | 'disconnected'>;
}

/** Pure: the status and body for a state. */
export function healthOf(state: HealthState): { healthy: boolean; body: HealthBody } {
  const healthy = state.knowledge && state.adapters.every((a) => a.connected);
  return {
    healthy,
    body: {
      status: healthy ? 'ok' : 'unavailable',
      knowledge: state.knowledge ? 'loaded' : 'loading',
      adapters: Object.fromEntries(state.adapters.map((a) => [a.name, a.connected ? 'connected' : 'disconnected'])),
    },
  };
}

/** Answers one request to /healthz. */
export function handleHealth(method: string, state: HealthState): Outgoing {
  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(['GET']);
  const { healthy, body } = healthOf(state);
  return json(healthy ? 200 : 503, body, { 'cache-control': 'no-store' });
}
