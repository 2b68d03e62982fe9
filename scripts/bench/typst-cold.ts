// One cold Typst compile in a fresh process: the compiler module is loaded first (not timed),
// then the compiler is created (finding the fonts) and the document compiled to PDF.
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [file, fonts] = process.argv.slice(2);
const source = readFileSync(file!, 'utf8');
const start = performance.now();
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: JSON.parse(fonts!) as string[] }] });
compiler.pdf({ mainFileContent: source });
console.log(JSON.stringify(performance.now() - start));
