import { parse } from 'csv-parse/sync'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import VENDORED from '../../api/src/modules/hsds/hsds-datapackage.json'
import { base, get, type Page } from './hsds-client'
import { hsdsValidator, readJson, schemaErrors } from './hsds-schemas'

/**
 * Issue 18: GET /hsds/datapackage.zip from the suite's API process, unpacked and parsed with maintained libraries,
 * its tables validated with Ajv against HSDS's compiled tabular schema and checked against the descriptor's keys.
 */
type Resource = {
  name: string
  path: string
  schema: { fields: { name: string }[]; primaryKey?: string; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] }
}
type Row = Record<string, string>

describe('the HSDS tabular export', () => {
  const descriptor = readJson('datapackage.json') as { resources: Resource[] }
  let files: Record<string, Uint8Array>
  const tables = new Map<string, Row[]>()
  let response: Response

  beforeAll(async () => {
    hsdsValidator('tabular')
    response = await fetch(`${base()}/datapackage.zip`)
    files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    for (const resource of descriptor.resources) {
      const text = files[resource.path] ? strFromU8(files[resource.path]!) : ''
      const [header = [], ...records] = parse(text, { relax_column_count: false }) as string[][]
      expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name))
      // An empty cell is an absent value: HSDS's schemas type fields without null.
      tables.set(
        resource.name,
        records.map((record) => Object.fromEntries(record.flatMap((value, index) => (value === '' ? [] : [[header[index]!, value]])))),
      )
    }
  })

  it('is a zip of HSDS’s own descriptor and one CSV per table it names, cacheable', () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('etag')).toBeTruthy()
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...descriptor.resources.map((resource) => resource.path)].sort())
    expect(JSON.parse(strFromU8(files['datapackage.json']!))).toEqual(descriptor)
    // The copy the API bundles is HSDS's, unchanged.
    expect(VENDORED).toEqual(descriptor)
  })

  it('validates against the tabular schema', () => {
    expect(schemaErrors(hsdsValidator('tabular'), Object.fromEntries(tables))).toEqual([])
    const broken = tables.get('service')!.map((row) => ({ ...row, status: 'open' }))
    expect(schemaErrors(hsdsValidator('tabular'), { ...Object.fromEntries(tables), service: broken })).not.toEqual([])
  })

  it('keeps the descriptor’s keys: unique ids and foreign keys that name a row', () => {
    for (const resource of descriptor.resources) {
      const rows = tables.get(resource.name)!
      expect(new Set(rows.map((row) => row.id)).size, resource.name).toBe(rows.length)
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(key.reference.resource)!.map((row) => row[key.reference.fields]))
        for (const row of rows) if (row[key.fields] !== undefined) expect(targets.has(row[key.fields]), `${resource.name}.${key.fields} ${row[key.fields]}`).toBe(true)
      }
    }
  })

  it('holds the records the JSON endpoints serve', async () => {
    const { body } = await get<Page>('/services?per_page=100')
    expect(
      tables
        .get('service')!
        .map((row) => row.id)
        .sort(),
    ).toEqual(body.contents.map((service) => service.id).sort())
    expect(tables.get('organization')!.length).toBeGreaterThanOrEqual(16)
    expect(tables.get('service_area')!.map((row) => row.name)).toContain('Kiruna')
    expect(tables.get('attribute')!.map((row) => row.value)).toContain('2584')
    expect(tables.get('schedule')!.some((row) => row.freq === 'WEEKLY')).toBe(true)
    expect(tables.get('taxonomy')!).toHaveLength(2)
  })
})
