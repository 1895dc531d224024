import { gql } from 'graphql-request'
import { describe, expect, it } from 'vitest'
import { countyRows, municipalityRows } from '../../seed/geography'
import { apiClient, graphqlError } from '../helpers/api-client'

const LOOKUP = gql`
  query Lookup($municipality: String!, $locale: Locale) {
    coordinatorsForMunicipality(municipality: $municipality, locale: $locale) {
      municipality {
        code
        name
      }
      county {
        code
        name
      }
      region {
        slug
        name
      }
      coordinators {
        title
        status
      }
      hasReachableCoordinator
      fallback {
        name
        phone {
          display
          e164
          telUri
        }
      }
    }
  }
`

type Lookup = {
  coordinatorsForMunicipality: {
    municipality: { code: string; name: string }
    county: { code: string; name: string }
    region: { slug: string; name: string }
    coordinators: { title: string; status: string }[]
    hasReachableCoordinator: boolean
    fallback: { name: string; phone: { display: string; e164: string; telUri: string } } | null
  }
}

const regionOfCounty = new Map(countyRows().map((county) => [county.code, county.regionSlug]))
const municipalities = municipalityRows().map(({ code, name, countyCode }) => ({ code, name, region: regionOfCounty.get(countyCode)! }))

describe('coordinatorsForMunicipality', () => {
  const api = apiClient()

  it('resolves all 290 municipalities by code and by name to the right region', async () => {
    expect(municipalities).toHaveLength(290)
    for (const municipality of municipalities) {
      for (const key of [municipality.code, municipality.name]) {
        const { coordinatorsForMunicipality: found } = await api.request<Lookup>(LOOKUP, { municipality: key })
        expect(found.municipality.code, key).toBe(municipality.code)
        expect(found.region.slug, key).toBe(municipality.region)
      }
    }
  }, 120_000)

  it.each([
    ['goteborg', '1480'],
    ['Göteborg', '1480'],
    ['GÖTEBORG', '1480'],
    ['ÖREBRO', '1880'],
    ['orebro', '1880'],
    ['  malmo ', '1280'],
    ['upplands väsby', '0114'],
    ['Upplands-Väsby', '0114'],
    ['Håbo', '0305'],
    ['HÅBO', '0305'],
    ['habo', '0643'],
  ])('tolerates the spelling %j', async (spelling, code) => {
    const { coordinatorsForMunicipality: found } = await api.request<Lookup>(LOOKUP, { municipality: spelling })
    expect(found.municipality.code).toBe(code)
  })

  it.each([
    ['Stockholms kommun', '0180', 'stockholm'],
    ['Stockholm kommun', '0180', 'stockholm'],
    ['stockholms stad', '0180', 'stockholm'],
    ['Göteborgs stad', '1480', 'vast'],
    ['Göteborg stad', '1480', 'vast'],
    ['  GÖTEBORGS   STAD ', '1480', 'vast'],
    ['goteborgs stad', '1480', 'vast'],
    ['Region Gotland', '0980', 'stockholm'],
    ['region gotland', '0980', 'stockholm'],
    ['Gotlands kommun', '0980', 'stockholm'],
    ['Gotlands', '0980', 'stockholm'],
    ['Borås stad', '1490', 'vast'],
    ['Västerås stad', '1980', 'mitt'],
    ['Upplands Väsby kommun', '0114', 'stockholm'],
    ['Lilla Edets kommun', '1462', 'vast'],
    ['Kiruna municipality', '2584', 'nord'],
    // Håbo (Uppsala län, region Mitt) and Habo (Jönköpings län, region Öst) fold to one name: the letters decide.
    ['Håbo', '0305', 'mitt'],
    ['Håbo kommun', '0305', 'mitt'],
    ['HÅBO KOMMUN', '0305', 'mitt'],
    ['Håbos kommun', '0305', 'mitt'],
    ['Habo', '0643', 'ost'],
    ['Habo kommun', '0643', 'ost'],
    ['habos kommun', '0643', 'ost'],
  ])('reads the written form %j', async (written, code, region) => {
    const { coordinatorsForMunicipality: found } = await api.request<Lookup>(LOOKUP, { municipality: written })
    expect({ code: found.municipality.code, region: found.region.slug }).toEqual({ code, region })
  })

  // Swedish adds no genitive s to a name that ends in s, x or z ("Borås stad"); no name is another's plus an s.
  it('reads "<name> kommun" and "<genitive> kommun" for all 290 municipalities', async () => {
    const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`)
    for (const municipality of municipalities) {
      for (const written of [`${municipality.name} kommun`, `${genitive(municipality.name)} kommun`, `${genitive(municipality.name)} stad`]) {
        const { coordinatorsForMunicipality: found } = await api.request<Lookup>(LOOKUP, { municipality: written })
        expect(found.municipality.code, written).toBe(municipality.code)
      }
    }
  }, 180_000)

  it('answers "who is the coordinator for Kiruna" in Swedish and English, with the support line as fallback', async () => {
    const sv = (await api.request<Lookup>(LOOKUP, { municipality: 'Kiruna', locale: 'SV' })).coordinatorsForMunicipality
    expect(sv.region).toEqual({ slug: 'nord', name: 'Nord' })
    expect(sv.county.name).toBe('Norrbottens län')
    expect(sv.coordinators[0]?.title).toBe('Regionkoordinator mot prostitution och människohandel, region Nord')
    expect(sv.hasReachableCoordinator).toBe(false)
    expect(sv.fallback).toEqual({ name: 'Nationell stödtelefon', phone: { display: '020-390 000', e164: '+4620390000', telUri: 'tel:+4620390000' } })

    const en = (await apiClient({ 'accept-language': 'en-GB,en;q=0.9' }).request<Lookup>(LOOKUP, { municipality: 'Kiruna' })).coordinatorsForMunicipality
    expect(en.region.name).toBe('North')
    expect(en.county.name).toBe('Norrbotten County')
    expect(en.coordinators[0]?.title).toBe('Regional coordinator against prostitution and human trafficking, North region')
    expect(en.fallback?.name).toBe('National support line')
  })

  it('gives NOT_FOUND with close names for an unknown municipality', async () => {
    const error = await graphqlError(api.request(LOOKUP, { municipality: 'Göteborgg' }))
    expect(error.extensions.code).toBe('NOT_FOUND')
    expect(error.extensions.suggestions).toContain('Göteborg')
    const byCode = await graphqlError(api.request(LOOKUP, { municipality: '9999' }))
    expect(byCode.extensions.code).toBe('NOT_FOUND')
    const written = await graphqlError(api.request(LOOKUP, { municipality: 'Göteborggs stad' }))
    expect(written.extensions.code).toBe('NOT_FOUND')
    expect(written.extensions.suggestions).toContain('Göteborg')
    for (const unknown of ['Region Nordpolen', 'kommun', 'Region', 'Storstads kommun']) {
      expect((await graphqlError(api.request(LOOKUP, { municipality: unknown }))).extensions.code, unknown).toBe('NOT_FOUND')
    }
  })
})
