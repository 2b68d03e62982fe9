/**
 * The browser's own deflate (CompressionStream, native code) for the page contents, used by the
 * export worker. Its "deflate" format is the zlib stream a PDF's FlateDecode filter reads. Null
 * in a browser without it, where pdf-lib's pako does the work.
 */
export const browserDeflate = typeof CompressionStream === 'function'
  ? async (bytes: Uint8Array): Promise<Uint8Array> => {
    const compressed = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(compressed).arrayBuffer());
  }
  : null;
