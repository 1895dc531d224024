import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../runtime/paths'

/**
 * HSDS 3.0's own schemas (CC BY-SA 4.0, hsds-3.0/LICENSE): the files these tests use, copied unchanged from
 * ../shared/hsds, so that the tests run wherever the repository is cloned (CI's clone need not have ../shared).
 * Where ../shared/hsds is beside the checkout, each copy must still equal its original: an update there fails here
 * until the copy is refreshed, so the tests never validate against an older HSDS than the one we were given.
 */
const HSDS_DIR = path.join(ROOT, 'tests/hsds/hsds-3.0')
const SHARED_DIR = path.resolve(ROOT, '../shared/hsds')

export function readJson(relative: string): Record<string, unknown> {
  const text = readFileSync(path.join(HSDS_DIR, relative), 'utf8')
  const original = path.join(SHARED_DIR, relative)
  if (existsSync(original) && readFileSync(original, 'utf8') !== text) throw new Error(`tests/hsds/hsds-3.0/${relative} differs from ../shared/hsds/${relative}: copy it again`)
  return JSON.parse(text) as Record<string, unknown>
}

// HSDS's schemas carry Frictionless Data keywords (name, constraints, core, datapackage_metadata) that JSON Schema
// does not know: not strict. "csv" is HSDS's annotation of fields exported as CSV cells, not a format to check.
const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { csv: true } })
addFormats(ajv)

export type HsdsSchemaName = 'service' | 'service_list' | 'organization' | 'organization_list' | 'tabular'

const compiled = new Map<string, ValidateFunction>()

/**
 * The tabular schema refers to the table schemas by file name ("funding.json"), as siblings: they are registered
 * under one base address, which the tabular schema is given too, so that each name resolves to its file.
 */
const SIBLINGS = 'https://hsds.invalid/schema/'
let siblingsAdded = false
function withSiblings(schema: Record<string, unknown>): Record<string, unknown> {
  if (!siblingsAdded) {
    for (const file of readdirSync(path.join(HSDS_DIR, 'schema')).filter((name) => name.endsWith('.json') && name !== 'openapi.json')) {
      ajv.addSchema(readJson(`schema/${file}`), `${SIBLINGS}${file}`)
    }
    siblingsAdded = true
  }
  return { ...schema, $id: `${SIBLINGS}tabular.json` }
}

/** The validator of one compiled schema (schema/compiled/<name>.json). */
export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
  let validate = compiled.get(name)
  if (!validate) {
    const schema = readJson(`schema/compiled/${name}.json`)
    validate = ajv.compile(name === 'tabular' ? withSiblings(schema) : schema)
    compiled.set(name, validate)
  }
  return validate
}

/** The reference's page object (openapi.json components.schemas.Page), with `contents` an array as its paths say. */
export const pageValidator: ValidateFunction = (() => {
  const openapi = readJson('schema/openapi.json') as { components: { schemas: { Page: Record<string, unknown> } } }
  const page = openapi.components.schemas.Page
  return ajv.compile({ ...page, required: Object.keys(page.properties as object), properties: { ...(page.properties as object), contents: { type: 'array' } } })
})()

/** The errors of `value` against `validate`, as readable lines; empty when it is valid. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}
