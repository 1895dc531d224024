import { regions } from './regions'
import type { NetworkSeed, RegionSeed } from './types'

/** The agencies that, according to the brochure, take part in the multi-agency work against work-related crime. */
const workRelatedCrimeAgencies = [
  'arbetsformedlingen',
  'arbetsmiljoverket',
  'ekobrottsmyndigheten',
  'forsakringskassan',
  'migrationsverket',
  'polismyndigheten',
  'skatteverket',
  'aklagarmyndigheten',
]

/** The regional centre against work-related crime (AKC) in a region; the regional coordinator takes part. */
const regionalCentre = (region: RegionSeed): NetworkSeed => ({
  slug: `akc-${region.slug}`,
  name: {
    sv: `Regionalt center mot arbetslivskriminalitet, region ${region.name.sv}`,
    en: `Regional centre against work-related crime, ${region.name.en} region`,
  },
  shortName: { sv: `AKC ${region.name.sv}`, en: `AKC ${region.name.en}` },
  type: 'regional-centre',
  description: {
    sv:
      `Det regionala centret mot arbetslivskriminalitet (AKC) i region ${region.name.sv} är en del av det myndighetsgemensamma ` +
      'arbetet mot arbetslivskriminalitet som samordnas av Arbetsmiljöverket. Regionkoordinatorn mot prostitution och ' +
      'människohandel ingår i centret och bidrar med kunskap om människoexploatering och människohandel i arbetslivet.',
    en:
      `The regional centre against work-related crime (AKC) in the ${region.name.en} region is part of the multi-agency work against ` +
      'work-related crime coordinated by the Swedish Work Environment Authority. The regional coordinator against prostitution and ' +
      'human trafficking takes part in the centre and contributes knowledge of human exploitation and human trafficking in working life.',
  },
  members: [...workRelatedCrimeAgencies],
  region: region.slug,
  parent: 'arbetslivskriminalitet',
  includeRegionCoordinators: true,
})

/** The spearhead group against prostitution and human trafficking in a region, coordinated by the county administrative boards. */
const spearheadGroup = (region: RegionSeed): NetworkSeed => ({
  slug: `spetsgrupp-${region.slug}`,
  name: {
    sv: `Spetsgrupp mot prostitution och människohandel, region ${region.name.sv}`,
    en: `Spearhead group against prostitution and human trafficking, ${region.name.en} region`,
  },
  type: 'spearhead-group',
  description: {
    sv:
      `Spetsgruppen i region ${region.name.sv} samlar yrkesverksamma som arbetar mot prostitution och människohandel och samordnas ` +
      'av länsstyrelserna. Regionkoordinatorn mot prostitution och människohandel ingår i spetsgruppen.',
    en:
      `The spearhead group in the ${region.name.en} region brings together professionals working against prostitution and human ` +
      'trafficking and is coordinated by the county administrative boards. The regional coordinator against prostitution and human ' +
      'trafficking takes part in the group.',
  },
  coordinatedBy: 'lansstyrelserna',
  members: ['lansstyrelserna'],
  region: region.slug,
  includeRegionCoordinators: true,
})

/** NMT, the multi-agency work against work-related crime, and one regional centre (AKC) and one spearhead group per region. */
export const networks: NetworkSeed[] = [
  {
    slug: 'nationellt-metodstodsteam',
    name: { sv: 'Nationellt metodstödsteam', en: 'National Task Force against Prostitution and Human Trafficking' },
    shortName: { sv: 'NMT', en: 'NMT' },
    type: 'methods-support-team',
    description: {
      sv:
        'NSPM samlar Sveriges främsta experter på området i nätverket Nationellt metodstödsteam (NMT). NMT fungerar som en operativ ' +
        'och strategisk resurs för att utveckla och effektivisera samverkan i arbetet mot prostitution, exploatering och ' +
        'människohandel.',
      en:
        "NSPM brings together Sweden's leading experts in the field in the National Task Force against Prostitution and Human Trafficking (NMT). NMT serves as an " +
        'operational and strategic resource for developing cooperation, and making it more effective, in the work against ' +
        'prostitution, exploitation and human trafficking.',
    },
    coordinatedBy: 'nspm',
    members: [
      'arbetsmiljoverket',
      'migrationsverket',
      'polismyndigheten',
      'skatteverket',
      'tullverket',
      'aklagarmyndigheten',
      'lansstyrelserna',
      'socialtjansten',
      'halso-och-sjukvarden',
    ],
  },
  {
    slug: 'arbetslivskriminalitet',
    name: { sv: 'Myndighetsgemensamt arbete mot arbetslivskriminalitet', en: 'Multi-agency work against work-related crime' },
    type: 'multi-agency',
    description: {
      sv:
        'Myndigheterna arbetar gemensamt mot arbetslivskriminalitet i ett arbete som samordnas av Arbetsmiljöverket. ' +
        'Jämställdhetsmyndigheten bidrar med kunskap om människoexploatering och människohandel för att stärka ' +
        'brottsofferperspektivet i arbetet.',
      en:
        'The agencies work together against work-related crime in an effort coordinated by the Swedish Work Environment Authority. ' +
        'The Swedish Gender Equality Agency contributes knowledge of human exploitation and human trafficking to strengthen the ' +
        'victim perspective in the work.',
    },
    coordinatedBy: 'arbetsmiljoverket',
    members: [...workRelatedCrimeAgencies, 'jamstalldhetsmyndigheten'],
  },
  ...regions.map(regionalCentre),
  ...regions.map(spearheadGroup),
]
