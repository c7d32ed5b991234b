import https from 'node:https';
import type { Duplex } from 'node:stream';
import { defaultAuthorities } from '../../electron/connectors/tls-trust';

type CreateConnection = (options: https.RequestOptions, callback?: unknown) => Duplex;

/**
 * Makes every `https.Agent` trust the emulators' CA besides the system roots, verification on.
 * dynamics-web-api builds its own agent with no CA option, so neither replacing the global
 * agent nor an agent of ours reaches it; its connections all pass through
 * `Agent.prototype.createConnection`, where the CA is added. Returns the undo.
 */
export function trustCaInEveryAgent(caPem: string): () => void {
  const prototype = https.Agent.prototype as unknown as { createConnection: CreateConnection };
  const original = prototype.createConnection;
  const ca = [...defaultAuthorities(), caPem];
  prototype.createConnection = function (this: https.Agent, options, callback) {
    return original.call(this, { ...options, ca: options.ca ?? ca }, callback);
  };
  return () => {
    prototype.createConnection = original;
  };
}
