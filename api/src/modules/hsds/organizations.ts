import type { Locale } from '../../common/locale'
import type { ManualStepView } from '../manual/manual-step.types'
import type { OrganisationView } from '../organisations/organisation.types'
import { hsdsId } from './hsds-ids'
import type { HsdsOrganization, HsdsOrganizationCore, HsdsServiceCore } from './hsds.types'
import { hsdsPhone } from './phones'
import { manualStepAttribute } from './taxonomies'

const organizationId = (organisation: { id: string }): string => hsdsId('organization', organisation.id)

/** HSDS types website and uri as URIs: a value that does not parse as an absolute URL is left out, not sent broken. */
export function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined
  return value
}

/**
 * The one-to-one fields. HSDS requires a description, and in its CSV tables an empty cell is a missing one: an
 * organisation without a description is described by its name.
 */
export function organizationCore(organisation: OrganisationView): HsdsOrganizationCore {
  return {
    id: organizationId(organisation),
    name: organisation.name,
    alternate_name: organisation.shortName ?? undefined,
    description: organisation.description || organisation.name,
    email: organisation.email ?? undefined,
    website: absoluteUrl(organisation.website),
    parent_organization_id: organisation.partOfId === null ? undefined : hsdsId('organization', organisation.partOfId),
  }
}

/**
 * Fully nested: its published phone, the manual steps it is responsible in (as attributes of the support-process
 * taxonomy) and the services it provides (their one-to-one fields, as the reference's organization answer has them).
 */
export function organizationNested(organisation: OrganisationView, steps: readonly ManualStepView[], services: readonly HsdsServiceCore[], locale: Locale): HsdsOrganization {
  const core = organizationCore(organisation)
  return {
    ...core,
    phones: organisation.phone ? [hsdsPhone(organisation.phone, `organisation:${organisation.id}`, { organization_id: core.id })] : [],
    attributes: steps
      .filter((step) => step.responsibleIds.includes(Number(organisation.id)))
      .map((step) => manualStepAttribute(step, locale, { linkId: core.id, linkEntity: 'organization' })),
    services: services.filter((service) => service.organization_id === core.id),
  }
}
