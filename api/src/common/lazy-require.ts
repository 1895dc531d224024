import { createRequire } from 'node:module'

const requireFromHere = createRequire(import.meta.url)

/**
 * A dependency loaded on first use instead of at start-up. For packages only some requests need (holiday data,
 * rich-text rendering, SMTP): loading them eagerly cost about a third of the API's start-up time. `require` keeps
 * the callers synchronous; Node 20.19+ also requires ES-module-only packages this way. `T` is what the package's
 * `module.exports` is (for an ES module: its namespace), named by the caller with `import type`.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= requireFromHere(id) as T)
}
