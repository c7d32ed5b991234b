import https from 'node:https';
import { defaultAuthorities } from '../../electron/connectors/tls-trust';

/**
 * Makes Node's default HTTPS agent trust the emulators' CA in addition to the system roots,
 * with verification on. jsforce 3 sends every request through node-fetch without an agent
 * of its own, so node-fetch falls back to `https.globalAgent`; replacing that agent is the
 * run-time equivalent of NODE_EXTRA_CA_CERTS. Returns a function that puts the old agent back.
 */
export function trustEmulatorCa(caPem: string): () => void {
  const previous = https.globalAgent;
  const agent = new https.Agent({ ca: [...defaultAuthorities(), caPem], keepAlive: true });
  https.globalAgent = agent;
  return () => {
    https.globalAgent = previous;
    agent.destroy();
  };
}
