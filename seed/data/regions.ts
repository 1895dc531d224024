import type { RegionSeed } from './types'

/** The seven police regions; the regional coordinators against prostitution and human trafficking work to the same division. */
export const regions: RegionSeed[] = [
  {
    slug: 'stockholm',
    name: { sv: 'Stockholm', en: 'Stockholm' },
    description: {
      sv: 'Region Stockholm följer Polismyndighetens regionindelning och omfattar Stockholms län och Gotlands län.',
      en: "The Stockholm region follows the Swedish Police Authority's regional division and covers Stockholm County and Gotland County.",
    },
  },
  {
    slug: 'mitt',
    name: { sv: 'Mitt', en: 'Central' },
    description: {
      sv: 'Region Mitt följer Polismyndighetens regionindelning och omfattar Uppsala län, Västmanlands län och Gävleborgs län.',
      en: "The Central region follows the Swedish Police Authority's regional division and covers Uppsala County, Västmanland County " + 'and Gävleborg County.',
    },
  },
  {
    slug: 'ost',
    name: { sv: 'Öst', en: 'East' },
    description: {
      sv: 'Region Öst följer Polismyndighetens regionindelning och omfattar Södermanlands län, Östergötlands län och Jönköpings län.',
      en: "The East region follows the Swedish Police Authority's regional division and covers Södermanland County, Östergötland County " + 'and Jönköping County.',
    },
  },
  {
    slug: 'syd',
    name: { sv: 'Syd', en: 'South' },
    description: {
      sv: 'Region Syd följer Polismyndighetens regionindelning och omfattar Kronobergs län, Kalmar län, Blekinge län och Skåne län.',
      en: "The South region follows the Swedish Police Authority's regional division and covers Kronoberg County, Kalmar County, " + 'Blekinge County and Skåne County.',
    },
  },
  {
    slug: 'vast',
    name: { sv: 'Väst', en: 'West' },
    description: {
      sv: 'Region Väst följer Polismyndighetens regionindelning och omfattar Hallands län och Västra Götalands län.',
      en: "The West region follows the Swedish Police Authority's regional division and covers Halland County and Västra Götaland County.",
    },
  },
  {
    slug: 'bergslagen',
    name: { sv: 'Bergslagen', en: 'Bergslagen' },
    description: {
      sv: 'Region Bergslagen följer Polismyndighetens regionindelning och omfattar Värmlands län, Örebro län och Dalarnas län.',
      en: "The Bergslagen region follows the Swedish Police Authority's regional division and covers Värmland County, Örebro County " + 'and Dalarna County.',
    },
  },
  {
    slug: 'nord',
    name: { sv: 'Nord', en: 'North' },
    description: {
      sv: 'Region Nord följer Polismyndighetens regionindelning och omfattar Västernorrlands län, Jämtlands län, Västerbottens län ' + 'och Norrbottens län.',
      en:
        "The North region follows the Swedish Police Authority's regional division and covers Västernorrland County, Jämtland County, " +
        'Västerbotten County and Norrbotten County.',
    },
  },
]
