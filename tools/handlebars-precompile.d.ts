export declare const KNOWN_HELPERS: Record<string, true>;
export declare function precompileTemplate(source: string, file: string): string;
