import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { ROOT } from './paths'

export const API_BUNDLE = path.join(ROOT, 'api', 'dist', 'index.js')

/**
 * The API as one ES module (its dependencies stay in node_modules), so that it starts in well under a second with
 * plain `node` instead of compiling TypeScript at every start. Built in about a second from api/src on every
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
    format: 'esm',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
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
