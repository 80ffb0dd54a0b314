declare module "subset-font" {
  interface SubsetOptions {
    targetFormat?: "woff2" | "woff" | "truetype" | "sfnt";
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

/** The fonts the build cuts (src/integrations/fonts.ts), under this alias of their folder in the build cache. */
declare module "virtual:centsec-fonts/fonts.css";
