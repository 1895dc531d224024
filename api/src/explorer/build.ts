import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import type { WorkerLabel } from './config'

/** The explorer's browser app, as esbuild wrote it: file names relative to the asset directory, with contents. */
export type BuiltFiles = {
  files: Map<string, Uint8Array>
  script: string
  style: string
  workers: Record<WorkerLabel, string>
}

/**
 * The repository root, where node_modules and package-lock.json live: the nearest folder up from this module with
 * a package-lock.json. Found rather than fixed, because this module runs both from api/src and bundled in api/dist.
 */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)))
/** The explorer's own sources (the browser app), which esbuild bundles. */
export const EXPLORER_SOURCE_DIR = path.join(ROOT, 'api', 'src', 'explorer')
const CLIENT_DIR = path.join(EXPLORER_SOURCE_DIR, 'client')

function findRoot(dir: string): string {
  if (existsSync(path.join(dir, 'package-lock.json'))) return dir
  const parent = path.dirname(dir)
  if (parent === dir) throw new Error('The explorer cannot find the repository root (no package-lock.json above it).')
  return findRoot(parent)
}

// Monaco's worker entries; GraphiQL's own setup-workers modules name the same files.
const WORKER_ENTRIES: Record<WorkerLabel, string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
}

// graphiql/style.css already contains Monaco's styles and icon font; Monaco's ESM files import the same CSS again,
// which would only add an unused 200 kB stylesheet and a font file.
const skipMonacoCss: Plugin = {
  name: 'skip-monaco-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css$/ }, (args) => (args.importer.includes(`${path.sep}monaco-editor${path.sep}`) ? { path: args.path, namespace: 'skipped-css' } : undefined))
    builder.onLoad({ filter: /.*/, namespace: 'skipped-css' }, () => ({ contents: '', loader: 'css' }))
  },
}

/**
 * One esbuild run for the app and Monaco's three workers, as ES modules with code splitting: the app loads the
 * editor, prettier and Monaco's language features on demand, and the workers share chunks. Every name carries a
 * content hash, so the server can let browsers cache the files for a year.
 */
export async function buildExplorer(): Promise<BuiltFiles> {
  const outdir = path.join(CLIENT_DIR, 'out') // never written (write: false); names are relative to it
  const result = await build({
    entryPoints: { app: path.join(CLIENT_DIR, 'main.ts'), ...prefixKeys(WORKER_ENTRIES) },
    absWorkingDir: ROOT,
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox114', 'safari16'],
    minify: true,
    // MIT and friends ask for their notices to travel with the code: one .LEGAL.txt per file, linked from it.
    legalComments: 'linked',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [skipMonacoCss],
    write: false,
    logLevel: 'silent',
  })
  const files = new Map(result.outputFiles.map((file) => [path.relative(outdir, file.path), file.contents]))
  // entryNames '[name]-[hash]' gives e.g. app-3KX7Q2ZL.js; chunks are named chunk-*, so the prefix is unambiguous.
  const named = (name: string, extension: string): string => {
    const found = [...files.keys()].find((file) => file.startsWith(`${name}-`) && file.endsWith(extension) && !file.includes('/'))
    if (!found) throw new Error(`esbuild produced no ${extension} file for the explorer entry "${name}".`)
    return found
  }
  return {
    files,
    script: named('app', '.js'),
    style: named('app', '.css'),
    workers: { editor: named('editor.worker', '.js'), json: named('json.worker', '.js'), graphql: named('graphql.worker', '.js') },
  }
}

function prefixKeys(entries: Record<WorkerLabel, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).map(([label, file]) => [`${label}.worker`, file]))
}
