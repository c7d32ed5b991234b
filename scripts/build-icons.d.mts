export declare const iconSource: string;
export declare const iconsDir: string;
export declare const pngSizes: number[];
export declare function buildIcons(options?: {
  outDir?: string;
  rendererDir?: string;
}): Promise<void>;
