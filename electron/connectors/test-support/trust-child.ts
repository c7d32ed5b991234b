import { readFile } from 'node:fs/promises';
import https from 'node:https';
import { trustAuthority } from '../tls-trust';

/**
 * Run with NODE_EXTRA_CA_CERTS set (only read at a process's start): trusts the CA file given
 * first, then GETs each address through the default agent and prints the outcomes as JSON.
 */
const [caFile, ...urls] = process.argv.slice(2);
if (!caFile) throw new Error('Usage: trust-child <ca file> <url>...');
trustAuthority(await readFile(caFile, 'utf8'));

const outcome = (url: string) =>
  new Promise<string>((resolve) => {
    https
      .get(url, (res) => {
        res.resume();
        resolve(String(res.statusCode));
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });

const results: string[] = [];
for (const url of urls) results.push(await outcome(url));
https.globalAgent.destroy();
console.log(JSON.stringify(results));
