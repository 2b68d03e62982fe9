// A WebAssembly module of ours imports as its bytes: `./wasm/x.wasm` is compiled from the
// AssemblyScript source `./wasm/x.ts` (see tools/wasm-kernel.js).
declare module '*.wasm' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
