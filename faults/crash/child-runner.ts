import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/bundle-options.mjs';
import { childMessageSchema, type ChildArgs, type ChildMessage } from './protocol';

/** How a child ended: killed (signal), or exited with its messages. */
export interface ChildExit {
  signal: NodeJS.Signals | null;
  code: number | null;
  messages: ChildMessage[];
  /** Its stderr, and any stdout line that was not a message. */
  stderr: string;
}

export interface RunningChild {
  process: ChildProcess;
  exited: Promise<ChildExit>;
}

/**
 * Bundles the child once per run: a bundled child starts in a fraction of the time `tsx` takes,
 * which is most of a trial. Written under node_modules/.cache so that it finds better-sqlite3.
 */
export function bundleCrashChild(): string {
  const outfile = fileURLToPath(
    new URL('../../node_modules/.cache/crm-console/faults-crash-child.cjs', import.meta.url),
  );
  buildSync({
    ...nodeBundleOptions,
    entryPoints: [fileURLToPath(new URL('./child.ts', import.meta.url))],
    outfile,
    sourcemap: false,
  });
  return outfile;
}

/** Starts the child; `onMessage` hears each message as it comes (to kill at a given one). */
export function startChild(
  file: string,
  args: ChildArgs,
  onMessage: (message: ChildMessage) => void = () => undefined,
): RunningChild {
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, CRM_FAULTS_CHILD: JSON.stringify(args) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const messages: ChildMessage[] = [];
  let stderr = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
      let json: unknown = null;
      try {
        json = JSON.parse(line);
      } catch {
        // Not a message: kept with stderr below.
      }
      const parsed = childMessageSchema.safeParse(json);
      if (parsed.success) {
        messages.push(parsed.data);
        onMessage(parsed.data);
      } else stderr += `${line}\n`;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<ChildExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ signal, code, messages, stderr }));
  });
  return { process: child, exited };
}
