// Types of scripts/build.js (plain JavaScript, so that bin/newsbrief.js can run it without a TypeScript loader).
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function buildBundle(options?: { entry?: string; outdir?: string; name?: string }): Promise<string>;
export declare function bundleIsStale(outfile?: string): boolean;
