import { defineConfig } from 'vitest/config'
import LoadLastSequencer from './tests/helpers/sequencer'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // type-graphql's decorators need the Reflect metadata API before any API module loads.
    setupFiles: ['reflect-metadata'],
    // Through Vite like the tests themselves, so that it shares their copy of graphql (Vite resolves graphql's ESM
    // build, Node's own import its CommonJS one, and graphql refuses a schema built by the other copy).
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    pool: 'forks',
    // Two cores: the CMS server runs beside the tests, so more workers only queue.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    sequence: { sequencer: LoadLastSequencer },
  },
})
