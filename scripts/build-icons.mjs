// Renders the app icon from assets/icon.svg into what the window, the browser host and the
// installers need: PNG sizes, a Windows ICO and a macOS ICNS in dist/icons, and the favicon.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Icns, IcnsImage } from '@fiahfy/icns';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

export const iconSource = 'assets/icon.svg';
export const iconsDir = 'dist/icons';
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entries that hold PNG data, by the size of their image. */
const icnsTypes = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

export async function buildIcons({ outDir = iconsDir, rendererDir = 'dist/renderer' } = {}) {
  const svg = await readFile(iconSource);
  const png = new Map(
    pngSizes.map((size) => [
      size,
      new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
    ]),
  );
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    [...png].map(([size, data]) => writeFile(join(outDir, `${size}x${size}.png`), data)),
  );
  await writeFile(join(outDir, 'icon.ico'), await pngToIco(icoSizes.map((s) => png.get(s))));
  const icns = new Icns();
  for (const [type, size] of icnsTypes) icns.append(IcnsImage.fromPNG(png.get(size), type));
  await writeFile(join(outDir, 'icon.icns'), icns.data);
  await mkdir(rendererDir, { recursive: true });
  await copyFile(iconSource, join(rendererDir, 'favicon.svg'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildIcons();
