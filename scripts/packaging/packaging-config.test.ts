import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { builtinModules, createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, type Metafile } from 'esbuild';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { iconsDir, pngSizes } from '../build-icons.mjs';
import { nodeBundleOptions, nodeBundles } from '../bundle-options.mjs';
import flipHardenedFuses, { hardenedFuses } from './fuses.mjs';

/** Checks electron-builder.yml against what the built app loads, without building anything. */

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

const configSchema = z.object({
  files: z.array(z.string()),
  asar: z.literal(true),
  asarUnpack: z.array(z.string()),
  extraMetadata: z.object({ main: z.string() }),
  afterPack: z.string(),
  publish: z.null(),
  linux: z.object({ target: z.array(z.string()), icon: z.string() }),
  win: z.object({ target: z.string(), icon: z.string() }),
  mac: z.object({ target: z.string(), icon: z.string() }),
});
const rawConfig: unknown = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const config = configSchema.parse(rawConfig);
const packageJson = z
  .object({ dependencies: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));

/** electron-builder's reading of a files list: patterns in order, `!` ones taking out. */
function matches(patterns: readonly string[], path: string): boolean {
  return patterns.reduce(
    (included, pattern) =>
      pattern.startsWith('!')
        ? included && !minimatch(path, pattern.slice(1), { dot: true })
        : included || minimatch(path, pattern, { dot: true }),
    false,
  );
}
const packed = (path: string) => matches(config.files, path);

const packagedEntries = Object.entries(nodeBundles).filter(([, b]) => b.packaged);

/** What `__dirname`-relative paths main.ts loads: the preload, the workers, renderer, icon. */
function pathsMainLoads(): string[] {
  const source = readFileSync(join(root, 'electron/shell/main.ts'), 'utf8');
  return [...source.matchAll(/join\(__dirname,\s*([^)]+)\)/g)].map(([, args]) =>
    join('dist', ...[...(args ?? '').matchAll(/'([^']+)'/g)].map(([, part]) => part ?? '')),
  );
}

describe('electron-builder.yml', () => {
  let metafile: Metafile;

  beforeAll(async () => {
    // The packaged bundles as the build makes them, in memory: what they import and hold.
    ({ metafile } = await build({
      ...nodeBundleOptions,
      absWorkingDir: root,
      entryPoints: packagedEntries.map(([entry]) => entry),
      outdir: join(root, 'dist'),
      write: false,
      metafile: true,
      sourcemap: false,
      logLevel: 'silent',
    }));
  }, 60_000);

  it('is a configuration electron-builder accepts', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(
      validateConfiguration(structuredClone(rawConfig), new DebugLogger(false)),
    ).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, asarUnpak: [] }, new DebugLogger(false)),
    ).rejects.toThrow(/asarUnpak/);
    // Compiling electron-builder's schema takes seconds on a busy machine.
  }, 60_000);

  it('packs every bundle the app loads and no launcher, seeder or emulator command line', () => {
    expect(packed(config.extraMetadata.main)).toBe(true);
    for (const [, { outfile, packaged }] of Object.entries(nodeBundles))
      expect({ outfile, packed: packed(outfile) }).toEqual({ outfile, packed: packaged });
    expect(packed('dist/main.cjs.map')).toBe(false);
  });

  it("packs what main.ts loads beside itself: preload, workers, renderer, the window's icon", () => {
    const loaded = pathsMainLoads();
    expect(loaded).toEqual(
      expect.arrayContaining([
        'dist/preload.cjs',
        'dist/sqlite-worker.cjs',
        'dist/sandbox-worker.cjs',
        'dist/renderer',
        'dist/icons/512x512.png',
      ]),
    );
    for (const path of loaded) {
      const file = path === 'dist/renderer' ? 'dist/renderer/index.html' : path;
      expect({ file, packed: packed(file) }).toEqual({ file, packed: true });
    }
    expect(packed('dist/renderer/assets/index-abc123.js')).toBe(true);
    expect(packed('dist/renderer/favicon.svg')).toBe(true);
  });

  it('takes the installers’ icons from what the build renders out of assets/icon.svg', () => {
    expect(config.linux.icon).toBe(iconsDir);
    expect(config.win.icon).toBe(`${iconsDir}/icon.ico`);
    expect(config.mac.icon).toBe(`${iconsDir}/icon.icns`);
    expect(pngSizes).toEqual(expect.arrayContaining([16, 32, 256, 512, 1024]));
    // The ICO and ICNS are read by electron-builder from dist/, not loaded by the app.
    expect(packed(`${iconsDir}/icon.ico`)).toBe(false);
  });

  it('ships native modules outside the asar, and each package the bundles require', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const required = new Set(
      Object.values(metafile.outputs).flatMap((output) =>
        output.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => i.path),
      ),
    );
    /** Required inside a try and never reached by the console, so not shipped. */
    const optional = new Set([
      'electron', // the runtime itself
      'pg-native', // pg loads it only for pg.native, which the console does not use
      'encoding', // node-fetch's optional charset converter
    ]);
    const shipped = [...required].filter((name) => !optional.has(name));
    expect(shipped).toEqual(['better-sqlite3']);
    for (const name of shipped) {
      expect(packageJson.dependencies).toHaveProperty(name);
      expect(matches(config.asarUnpack, `node_modules/${name}/build/Release/addon.node`)).toBe(
        true,
      );
    }
  });

  it('packs nothing from tests, benches, e2e, fault runs or test support', () => {
    const testOnly = /(\.test\.|\/test-support\/|^bench\/|^e2e\/|^faults\/)/;
    const bundled = Object.keys(metafile.inputs);
    expect(bundled.length).toBeGreaterThan(100);
    expect(bundled.filter((input) => testOnly.test(input))).toEqual([]);
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((path) => testOnly.test(path));
    expect(tracked.length).toBeGreaterThan(10);
    expect(tracked.filter(packed)).toEqual([]);
  });

  it('flips the fuses of a hardened build after packing, and never looks for updates', () => {
    expect(basename(config.afterPack)).toBe('fuses.mjs');
    expect(join(root, config.afterPack)).toBe(fileURLToPath(new URL('fuses.mjs', import.meta.url)));
    expect(flipHardenedFuses).toBeTypeOf('function');
    expect(hardenedFuses).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
    expect(config.publish).toBeNull();
    expect(packageJson.dependencies).not.toHaveProperty('electron-updater');
  });

  it('builds an AppImage and a deb, an NSIS installer and a dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });
});

describe('the afterPack hook', () => {
  /** Electron's fuse wire marker: the binary holds it, then the wire's version, length, fuses. */
  const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const [disabled, enabled] = [0x30, 0x31];

  /**
   * A stand-in for the packed Electron executable (its download is not reachable here): bytes
   * around a fuse wire of 8 fuses, all enabled, as in a stock Electron.
   */
  function stockBinary(): Buffer {
    return Buffer.concat([
      Buffer.from('\x7fELF stand-in '),
      Buffer.from(sentinel),
      Buffer.from([1, 8]),
      Buffer.alloc(8, enabled),
      Buffer.from(' rest of the binary'),
    ]);
  }

  it.each([
    ['linux', 'crm-console'],
    ['win32', 'CRM Connector Console.exe'],
  ])('flips the fuses of the %s executable electron-builder packed', async (platform, file) => {
    const appOutDir = await mkdtemp(join(tmpdir(), 'crm-console-pack-'));
    try {
      await writeFile(join(appOutDir, file), stockBinary());
      await flipHardenedFuses({
        appOutDir,
        electronPlatformName: platform,
        arch: 1,
        packager: {
          executableName: 'crm-console',
          appInfo: { productFilename: 'CRM Connector Console' },
        },
      });
      const wire = await getCurrentFuseWire(join(appOutDir, file));
      expect(wire).toMatchObject({
        [FuseV1Options.RunAsNode]: disabled,
        [FuseV1Options.EnableCookieEncryption]: enabled,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: disabled,
        [FuseV1Options.EnableNodeCliInspectArguments]: disabled,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: enabled,
        [FuseV1Options.OnlyLoadAppFromAsar]: enabled,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: disabled,
      });
    } finally {
      await rm(appOutDir, { recursive: true, force: true });
    }
  });
});
