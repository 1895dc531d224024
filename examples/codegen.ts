import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * GraphQL Code Generator: typed documents for Apollo Client from the committed schema and the website's queries.
 * `npm run codegen` (run by `npm run typecheck`, and by tests/clients before they import the output) writes
 * examples/src/gql/, which is generated and therefore not committed. Paths are relative to this file, so the
 * folder works wherever it is copied; a copy outside this repository points `schema` at its own copy of
 * schema.graphql or at the API itself ('https://…/graphql': introspection is on).
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const output = path.join(here, 'src/gql/')

const config: CodegenConfig = {
  schema: path.join(here, '../schema.graphql'),
  documents: path.join(here, 'documents/**/*.graphql'),
  // A document that no longer matches the schema fails the generation, and with it `npm run typecheck`.
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: {
        // Whole result types, no useFragment(): the examples read fragments' fields directly.
        fragmentMasking: false,
      },
      config: {
        // String unions ('SV' | 'EN') instead of TypeScript enums: nothing to import to pass a value.
        enumsAsTypes: true,
        useTypeImports: true,
        // Scalars arrive as JSON: DateTimeISO is an ISO 8601 string such as "2026-12-06T09:00:00.000Z".
        scalars: { DateTimeISO: 'string' },
        strictScalars: true,
      },
    },
    [path.join(output, 'possible-types.ts')]: {
      plugins: [path.join(here, 'codegen/possible-types.mjs')],
    },
  },
}

export default config
