import { countyNamesEn, regions } from '../data'
import { countyRows, municipalityRows } from '../geography'
import { PUBLISHED, SEED_CONTEXT, type SeedContext } from '../context'

/** The 7 police regions, 21 counties and 290 municipalities, linked municipality → county → region. */
export async function seedGeography(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const region of regions) {
    await seed.ensure('regions', 'slug', region.slug, async () => {
      const doc = await payload.create({
        collection: 'regions',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: { slug: region.slug, name: region.name.sv, description: region.description.sv, ...PUBLISHED },
      })
      await payload.update({
        collection: 'regions',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: { name: region.name.en, description: region.description.en, ...PUBLISHED },
      })
      return doc.id
    })
  }

  for (const county of countyRows()) {
    const regionId = await seed.idOf('regions', 'slug', county.regionSlug)
    await seed.ensure('counties', 'code', county.code, async () => {
      const doc = await payload.create({
        collection: 'counties',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: { code: county.code, name: county.name, region: regionId, ...PUBLISHED },
      })
      const nameEn = countyNamesEn[county.code]
      if (!nameEn) throw new Error(`No English name for county ${county.code}`)
      await payload.update({ collection: 'counties', id: doc.id, locale: 'en', context: SEED_CONTEXT, data: { name: nameEn, ...PUBLISHED } })
      return doc.id
    })
  }

  for (const municipality of municipalityRows()) {
    const countyId = await seed.idOf('counties', 'code', municipality.countyCode)
    await seed.ensure('municipalities', 'code', municipality.code, async () => {
      const doc = await payload.create({
        collection: 'municipalities',
        context: SEED_CONTEXT,
        data: { code: municipality.code, name: municipality.name, county: countyId, ...PUBLISHED },
      })
      return doc.id
    })
  }
}
