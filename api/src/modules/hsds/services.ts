import { LANGUAGE_OPTIONS } from '../../../../contracts/select-values/contact'
import type { Locale } from '../../common/locale'
import { isReachable, type CoordinatorView } from '../coordinators/coordinator.types'
import type { CountyView, MunicipalityView, RegionView } from '../geography/geography.types'
import { FundingShare, type ProgrammeView } from '../programmes/programme.types'
import type { OrganisationView } from '../organisations/organisation.types'
import type { SupportLineView } from '../support-line/support-line.types'
import { HSDS_COPY } from './hsds.copy'
import { hsdsId } from './hsds-ids'
import type { HsdsContact, HsdsLanguage, HsdsOrganizationCore, HsdsService, HsdsServiceArea } from './hsds.types'
import { absoluteUrl, organizationCore } from './organizations'
import { hsdsPhone } from './phones'
import { supportLineSchedules } from './schedules'
import { scbCodeAttribute } from './taxonomies'

const latest = (dates: readonly Date[]): string => new Date(Math.max(...dates.map((date) => date.getTime()))).toISOString()

/** The nested lists a service has none of unless it says otherwise. */
const empty = (): Pick<HsdsService, 'phones' | 'schedules' | 'service_areas' | 'languages' | 'contacts' | 'funding' | 'attributes'> => ({
  phones: [],
  schedules: [],
  service_areas: [],
  languages: [],
  contacts: [],
  funding: [],
  attributes: [],
})

/** A region's published coordinator posts: functional title, unit, the post's email and phones; never the person. */
function coordinatorContact(coordinator: CoordinatorView, serviceId: string): HsdsContact {
  const id = hsdsId('contact', `coordinator:${coordinator.id}`)
  return {
    id,
    service_id: serviceId,
    title: coordinator.title || undefined,
    department: coordinator.employer ?? undefined,
    email: coordinator.email ?? undefined,
    phones: coordinator.phones.map((phone, index) => hsdsPhone(phone, `coordinator:${coordinator.id}:${index}`, { contact_id: id })),
  }
}

function language(code: string, serviceId: string, locale: Locale): HsdsLanguage {
  const name = LANGUAGE_OPTIONS.find((option) => option.value === code)?.label[locale] ?? new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  return { id: hsdsId('language', `${serviceId}:${code}`), service_id: serviceId, name, code }
}

function area(kind: 'county' | 'municipality', code: string, name: string, serviceId: string, locale: Locale): HsdsServiceArea {
  const id = hsdsId('service_area', `${serviceId}:${kind}:${code}`)
  const label = (kind === 'county' ? HSDS_COPY.county : HSDS_COPY.municipality)[locale]
  return { id, service_id: serviceId, name, description: `${label}, SCB ${code}`, attributes: [scbCodeAttribute(kind, code, locale, { linkId: id, linkEntity: 'service_area' })] }
}

export type RegionParts = { region: RegionView; counties: CountyView[]; municipalities: MunicipalityView[]; coordinators: CoordinatorView[] }

/** The regional coordinator function of one police region: its posts as contacts, its counties and municipalities as areas. */
export function coordinatorService({ region, counties, municipalities, coordinators }: RegionParts, provider: HsdsOrganizationCore | undefined, locale: Locale): HsdsService {
  const id = hsdsId('service', `region-coordination:${region.id}`)
  const reachable = coordinators.some(isReachable)
  return {
    ...empty(),
    id,
    organization_id: provider?.id,
    organization: provider,
    name: HSDS_COPY.coordinatorService(region.name)[locale],
    alternate_name: HSDS_COPY.coordinatorShortName[locale],
    description: HSDS_COPY.coordinatorDescription(region.name)[locale],
    status: reachable ? 'active' : 'temporarily closed',
    alert: reachable ? undefined : HSDS_COPY.noCoordinatorReachable[locale],
    last_modified: latest([region.updatedAt, ...counties.map((county) => county.updatedAt), ...coordinators.map((coordinator) => coordinator.updatedAt)]),
    contacts: coordinators.map((coordinator) => coordinatorContact(coordinator, id)),
    languages: [...new Set(coordinators.flatMap((coordinator) => coordinator.languages))].map((code) => language(code, id, locale)),
    service_areas: [
      ...counties.map((county) => area('county', county.code, county.name, id, locale)),
      ...municipalities.map((municipality) => area('municipality', municipality.code, municipality.name, id, locale)),
    ],
  }
}

/** The national support line: its number, its weekly hours and holiday closures, the whole country as its area. */
export function supportLineService(view: SupportLineView, updatedAt: Date, provider: HsdsOrganizationCore | undefined, locale: Locale, now: Date): HsdsService {
  const id = hsdsId('service', 'support-line')
  return {
    ...empty(),
    id,
    organization_id: provider?.id,
    organization: provider,
    name: view.name,
    description: view.description ?? undefined,
    url: absoluteUrl(view.website),
    email: view.email || undefined,
    status: 'active',
    last_modified: updatedAt.toISOString(),
    phones: [hsdsPhone(view.phone, 'support-line', { service_id: id })],
    schedules: supportLineSchedules(view, id, locale, now),
    service_areas: [{ id: hsdsId('service_area', `${id}:sweden`), service_id: id, name: HSDS_COPY.allOfSweden[locale], description: HSDS_COPY.nationwide[locale], attributes: [] }],
  }
}

/** A support programme (ÅMP, NSP), provided by its operator, with its funders as funding. */
export function programmeService(programme: ProgrammeView, operator: OrganisationView | undefined, funders: ReadonlyMap<number, OrganisationView>, locale: Locale): HsdsService {
  const id = hsdsId('service', `programme:${programme.id}`)
  const provider = operator ? organizationCore(operator) : undefined
  return {
    ...empty(),
    id,
    organization_id: provider?.id,
    organization: provider,
    name: programme.name,
    alternate_name: programme.shortName ?? undefined,
    description: programme.summary || undefined,
    url: absoluteUrl(programme.website),
    status: 'active',
    eligibility_description: programme.eligibility ?? undefined,
    application_process: programme.howToApply ?? undefined,
    last_modified: programme.updatedAt.toISOString(),
    funding: programme.funding.flatMap((row) => {
      const funder = funders.get(row.organisationId)
      return funder ? [{ id: hsdsId('funding', `${id}:${funder.id}`), service_id: id, source: HSDS_COPY.fundedBy(funder.name, row.share === FundingShare.FULL)[locale] }] : []
    }),
  }
}
