// Types of scripts/more-given-names.js (plain JavaScript, runnable without a TypeScript loader).
export declare const OUTPUT: string;
export declare function deriveMoreGivenNames(): string[];
export declare function renderModule(names: string[]): string;
