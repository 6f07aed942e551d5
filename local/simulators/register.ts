import { registerSimulator } from '../runtime.js';
import { startRevidSimulator } from './revid.js';
import { startIndicTrans2Simulator } from './indictrans2.js';

/** Adds `host:port` of a simulator to the outbound allow-list (local only; the stack never sets it). */
function allow(env: Record<string, string>, url: string): void {
  const hostPort = new URL(url).host;
  const list = (env.OUTBOUND_ALLOWED_HOSTS ?? process.env.OUTBOUND_ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
  env.OUTBOUND_ALLOWED_HOSTS = [...new Set([...list, hostPort])].join(',');
}

/**
 * Third-party simulators for the local runtime. Each starts only when its real service is not
 * configured: set REVID_API_KEY (and REVID_BASE_URL) to use Revid, or INDICTRANS2_URL / DHRUVA_URL /
 * BHASHINI_CONFIG_URL / AMAZON_TRANSLATE=on to use real translation providers.
 */
registerSimulator(async ({ log, env }) => {
  if (process.env.REVID_API_KEY) return undefined;
  const sim = await startRevidSimulator({
    apiKey: 'local-revid-key',
    renderMs: Number(process.env.REVID_SIM_RENDER_MS ?? 3000),
    log,
  });
  env.REVID_API_KEY = sim.apiKey;
  env.REVID_BASE_URL = sim.url;
  env.REVID_VIDEO_HOSTS = new URL(sim.url).host;
  allow(env, sim.url);
  return { name: 'revid', url: sim.url, handle: sim, close: () => sim.close() };
});

registerSimulator(async ({ log, env }) => {
  const real = ['INDICTRANS2_URL', 'DHRUVA_URL', 'BHASHINI_CONFIG_URL'].some((k) => process.env[k]) || process.env.AMAZON_TRANSLATE === 'on';
  if (real) return undefined;
  const sim = await startIndicTrans2Simulator({ log });
  env.INDICTRANS2_URL = sim.url;
  env.TRANSLATION_SIMULATED = 'indictrans2';
  allow(env, sim.url);
  return { name: 'indictrans2', url: sim.url, handle: sim, close: () => sim.close() };
});
