/**
 * The explorer's browser entry, bundled by ../build.ts with esbuild (React 19 ships no UMD builds, and no CDN may
 * be used at run time). Everything it needs comes from the page's JSON config block.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { GraphiQL } from 'graphiql'
import { createElement, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'graphiql/style.css'
import './page.css'
import type { ExplorerConfig, WorkerLabel } from '../config'

const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? 'null') as ExplorerConfig
const root = document.getElementById('explorer')
if (!root) throw new Error('The explorer page has no #explorer element.')

// GraphiQL 5 edits with Monaco, which runs its language services in web workers. Its own setup modules load them
// from esm.sh or through bundler-specific syntax; here they are our own same-origin ESM files (worker-src 'self').
Object.assign(globalThis, {
  MonacoEnvironment: {
    getWorker(_workerId: string, label: string): Worker {
      const kind: WorkerLabel = label === 'json' || label === 'graphql' ? label : 'editor'
      return new Worker(config.workers[kind], { type: 'module', name: `monaco-${kind}` })
    },
  },
})

// POST with a JSON body: a non-simple request, so Apollo's CSRF prevention lets it through without extra headers.
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).href })

createRoot(root).render(createElement(StrictMode, null, createElement(GraphiQL, { fetcher, defaultTabs: config.tabs })))
