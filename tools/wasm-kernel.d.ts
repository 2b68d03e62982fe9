export declare function isWasmImport(specifier: string): boolean;
export declare function wasmSource(path: string): string;
export declare function compileWasm(path: string): Promise<Uint8Array>;
export declare function wasmModule(path: string): Promise<string>;
