import type { FuseV1Options } from '@electron/fuses';

export declare const hardenedFuses: Partial<Record<FuseV1Options, boolean>>;
/** electron-builder's afterPack hook. */
export default function flipHardenedFuses(context: unknown): Promise<void>;
