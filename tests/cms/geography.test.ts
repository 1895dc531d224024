import { describe, expect, it } from 'vitest'
import { countyRows, municipalityRows } from '../../seed/geography'
import { CmsClient } from '../helpers/cms-client'

type Municipality = { code: string; name: string; county: { code: string; region: { slug: string } } }

/** Every municipality reaches its police region through its county, as the official tables say. */
describe('the seeded geography through the public REST endpoint', () => {
  it('resolves all 290 municipalities to the right county and region', async () => {
    const { status, body } = await new CmsClient().get<{ docs: Municipality[]; totalDocs: number }>('/api/municipalities?limit=500&depth=2&locale=sv')
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(290)
    const regionOfCounty = new Map(countyRows().map((county) => [county.code, county.regionSlug]))
    const expected = municipalityRows().map(({ code, name, countyCode }) => ({ code, name, county: countyCode, region: regionOfCounty.get(countyCode) }))
    const actual = new Map(body.docs.map((doc) => [doc.code, doc]))
    for (const row of expected) {
      const doc = actual.get(row.code)
      expect(doc, `municipality ${row.code}`).toBeDefined()
      expect({ code: doc!.code, name: doc!.name, county: doc!.county.code, region: doc!.county.region.slug }).toEqual(row)
    }
  })

  it('has 21 counties in 7 regions', async () => {
    const counties = await new CmsClient().get<{ totalDocs: number }>('/api/counties?limit=0')
    const regions = await new CmsClient().get<{ docs: { slug: string }[] }>('/api/regions?limit=50&depth=0')
    expect(counties.body.totalDocs).toBe(21)
    expect(regions.body.docs.map((region) => region.slug).sort()).toEqual(['bergslagen', 'mitt', 'nord', 'ost', 'stockholm', 'syd', 'vast'])
  })
})
