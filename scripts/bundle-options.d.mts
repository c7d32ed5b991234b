import type { BuildOptions } from 'esbuild';

export declare const nodeBundleOptions: BuildOptions;
export declare const nodeBundles: Record<string, { outfile: string; packaged: boolean }>;
