import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../runtime/paths'
import { buildApiSchema, printApiSchema } from '../src/schema'

/**
 * `npm run schema:emit` writes schema.graphql from the code; with `--check` it only compares and exits 1 when
 * the committed file is stale (the test suite runs that).
 */
const file = path.join(ROOT, 'schema.graphql')
const emitted = printApiSchema(await buildApiSchema())
if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8')
  if (committed !== emitted) {
    console.error('schema.graphql is stale: run `npm run schema:emit` and commit it.')
    process.exit(1)
  }
  console.log('schema.graphql is up to date')
} else {
  writeFileSync(file, emitted)
  console.log('schema.graphql written')
}
