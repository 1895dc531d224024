import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { version as esbuildVersion } from 'esbuild'
import { buildExplorer, EXPLORER_SOURCE_DIR, ROOT, type BuiltFiles } from './build'
import type { Logger } from '../observability/logger'

/** One file of the bundle, ready to send: gzip is computed once, not per request. */
export type Asset = { body: Buffer; gzip: Buffer; type: string; etag: string }
export type ExplorerBundle = Omit<BuiltFiles, 'files'> & { assets: Map<string, Asset> }
type Manifest = Omit<BuiltFiles, 'files'> & { files: string[] }

const CACHE_DIR = path.join(ROOT, '.data', 'explorer')
const compress = promisify(gzip)
let pending: Promise<ExplorerBundle> | undefined

/**
 * The explorer bundle, built on first use rather than by `npm run build`, so a fresh clone, `npm start` and the
 * tests need no extra step. Kept in memory for the process and on disk under .data/explorer/<inputs hash>/, so a
 * restart serves it at once; any change to this directory, the lockfile or esbuild's version builds a new one.
 */
export function explorerBundle(log: Logger): Promise<ExplorerBundle> {
  pending ??= loadOrBuild(log).catch((error: unknown) => {
    pending = undefined // a failed build is retried by the next request instead of being cached
    throw error
  })
  return pending
}

async function loadOrBuild(log: Logger): Promise<ExplorerBundle> {
  const key = inputsHash()
  const dir = path.join(CACHE_DIR, key)
  const cached = await readCache(dir)
  if (cached) return cached
  const started = performance.now()
  const { files, ...entries } = await buildExplorer()
  const assets = new Map(await Promise.all([...files].map(async ([name, body]) => [name, toAsset(name, Buffer.from(body), await compress(body))] as const)))
  const bytes = [...assets.values()].reduce((sum, asset) => sum + asset.body.length, 0)
  log.info({ ms: Math.round(performance.now() - started), files: assets.size, bytes }, 'explorer bundle built')
  try {
    writeCache(key, { ...entries, files: [...assets.keys()] }, assets)
  } catch (error) {
    // A read-only disk only costs the next process a rebuild; the bundle in memory is complete.
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'explorer bundle not cached on disk')
  }
  return { ...entries, assets }
}

function inputsHash(): string {
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`)
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) visit(file)
      else hash.update(path.relative(ROOT, file)).update(readFileSync(file))
    }
  }
  visit(EXPLORER_SOURCE_DIR)
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json'))) // the exact graphiql, React and Monaco versions
  return hash.digest('hex').slice(0, 20)
}

async function readCache(dir: string): Promise<ExplorerBundle | undefined> {
  try {
    const { files, ...entries } = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
    const read = async (name: string) => [name, toAsset(name, await readFile(path.join(dir, name)), await readFile(path.join(dir, `${name}.gz`)))] as const
    return { ...entries, assets: new Map(await Promise.all(files.map(read))) }
  } catch {
    return undefined // missing or incomplete: build again
  }
}

/** Written to a temporary directory and renamed, so a concurrent process never reads half a bundle. */
function writeCache(key: string, manifest: Manifest, assets: Map<string, Asset>): void {
  mkdirSync(CACHE_DIR, { recursive: true })
  const temporary = path.join(CACHE_DIR, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  mkdirSync(temporary)
  try {
    for (const [name, asset] of assets) {
      writeFileSync(path.join(temporary, name), asset.body)
      writeFileSync(path.join(temporary, `${name}.gz`), asset.gzip)
    }
    writeFileSync(path.join(temporary, 'manifest.json'), JSON.stringify(manifest))
    renameSync(temporary, path.join(CACHE_DIR, key))
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  // Bundles of older inputs are never served again.
  for (const name of readdirSync(CACHE_DIR)) if (name !== key && !name.startsWith('.tmp-')) rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true })
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
}

function toAsset(name: string, body: Buffer, gzipped: Buffer): Asset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
  return { body, gzip: gzipped, type: TYPES[path.extname(name)] ?? 'application/octet-stream', etag }
}
