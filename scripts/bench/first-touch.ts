// What a page of memory costs the first time a process touches it: 64 MB allocated and one
// byte written per 4 kB page, in a fresh process. A cold export grows its heap into pages like
// these; a warm one reuses pages it already has. On a virtual machine this varies widely
// (from well under a microsecond to over ten), so the bench prints it beside the cold rows.
const PAGE = 4096;
const bytes = new Uint8Array(64 << 20);
const start = performance.now();
for (let i = 0; i < bytes.length; i += PAGE) bytes[i] = 1;
console.log(JSON.stringify((performance.now() - start) * 1000 / (bytes.length / PAGE)));
