import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { ROOT } from './paths'

const API_BUNDLE = path.join(ROOT, 'api', 'dist', 'index.cjs')

/**
 * The API as one CommonJS file (its dependencies stay in node_modules), so that it starts quickly with plain `node`
 * instead of compiling TypeScript at every start. CommonJS rather than an ES module because most dependencies are
 * CommonJS: imported from ESM, Node scans every one of their files (and every file they re-export) for export names
 * first, which cost a fifth of the start-up; `require` does not. ESM-only packages are loaded with `import()`. Built in about a second from api/src on every
 * start, so it can never be older than the sources. `keepNames` matters: type-graphql and MikroORM read class
 * names, which a bundler would otherwise rename on collisions. Files are replaced by rename, so servers starting
 * side by side (tests) never load a half-written bundle.
 */
export async function buildApi(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'api', 'src', 'index.ts')],
    outfile: API_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
    // `import.meta.url` (the explorer finds the repository with it) means this file in CommonJS too.
    define: { 'import.meta.url': '__bundleUrl' },
    // Compiling the dependencies' modules was a third of the start-up: Node's compile cache keeps their V8 code on
    // disk (NODE_COMPILE_CACHE, else the system's temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off),
    // so every start after the first skips it. Before any require, so that it covers them all.
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;\nrequire("node:module").enableCompileCache?.();' },
  })
  mkdirSync(path.dirname(API_BUNDLE), { recursive: true })
  for (const file of result.outputFiles) {
    if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue
    const temporary = `${file.path}.${process.pid}.tmp`
    writeFileSync(temporary, file.contents)
    renameSync(temporary, file.path)
  }
  return API_BUNDLE
}
