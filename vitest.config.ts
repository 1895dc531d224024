import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'
import LoadLastSequencer from './tests/helpers/sequencer'

export default defineConfig({
  // One graphql for everything: Vite would resolve the tests' and the API sources' `graphql` to its ES build
  // (index.mjs), while every package Node loads (type-graphql, Apollo) gets its CommonJS build, and graphql refuses
  // a type or schema made by the other copy. The CommonJS file, being in node_modules, is then loaded by Node too.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // type-graphql's decorators need the Reflect metadata API before any API module loads.
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    // Two cores: the CMS server runs beside the tests, so more workers only queue.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    sequence: { sequencer: LoadLastSequencer },
  },
})
