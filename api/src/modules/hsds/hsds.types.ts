/*
 * The HSDS 3.0 objects this API writes, as far as it fills them (../shared/hsds/schema). HSDS types its fields as
 * strings and numbers without null, so a field we have no value for is left out (undefined), never null.
 */

export type HsdsTaxonomyTerm = { id: string; code?: string; name: string; description: string; taxonomy?: string; taxonomy_id?: string; language?: string }

export type HsdsAttribute = { id: string; link_id: string; link_type: string; link_entity: string; taxonomy_term_id: string; value?: string; taxonomy_term: HsdsTaxonomyTerm }

export type HsdsPhone = { id: string; service_id?: string; organization_id?: string; contact_id?: string; number: string; type?: string; description?: string }

export type HsdsContact = { id: string; service_id?: string; title?: string; department?: string; email?: string; phones: HsdsPhone[] }

export type HsdsSchedule = {
  id: string
  service_id: string
  valid_from?: string
  valid_to?: string
  freq?: 'WEEKLY'
  byday?: string
  wkst?: 'MO'
  opens_at?: string
  closes_at?: string
  description: string
  notes?: string
}

export type HsdsServiceArea = { id: string; service_id: string; name: string; description: string; extent_type?: string; attributes: HsdsAttribute[] }

export type HsdsLanguage = { id: string; service_id: string; name: string; code: string }

type HsdsFunding = { id: string; service_id?: string; organization_id?: string; source: string }

/** The one-to-one fields of an organization: what a list shows. */
export type HsdsOrganizationCore = {
  id: string
  name: string
  alternate_name?: string
  description: string
  email?: string
  website?: string
  parent_organization_id?: string
}

export type HsdsOrganization = HsdsOrganizationCore & {
  phones: HsdsPhone[]
  attributes: HsdsAttribute[]
  services: HsdsServiceCore[]
}

/** The one-to-one fields of a service: what a list shows. */
export type HsdsServiceCore = {
  id: string
  organization_id?: string
  name: string
  alternate_name?: string
  description?: string
  url?: string
  email?: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  application_process?: string
  eligibility_description?: string
  alert?: string
  last_modified: string
}

export type HsdsService = HsdsServiceCore & {
  organization?: HsdsOrganizationCore
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
  service_areas: HsdsServiceArea[]
  languages: HsdsLanguage[]
  contacts: HsdsContact[]
  funding: HsdsFunding[]
  attributes: HsdsAttribute[]
}
