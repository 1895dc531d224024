import type { Locale } from '../../common/locale'
import type { ManualStepView } from '../manual/manual-step.types'
import { HSDS_COPY } from './hsds.copy'
import { hsdsId } from './hsds-ids'
import type { HsdsAttribute, HsdsTaxonomyTerm } from './hsds.types'

/*
 * Two taxonomies of our own, linked to records through HSDS attributes: the SCB codes that identify a service area,
 * and the six steps of the support process in which an organisation is responsible.
 */

const SCB_TAXONOMY_ID = hsdsId('taxonomy', 'scb-regional-codes')
const MANUAL_TAXONOMY_ID = hsdsId('taxonomy', 'manual-steps')

type Linked = { linkId: string; linkEntity: 'service_area' | 'organization' }

function attribute(term: HsdsTaxonomyTerm, { linkId, linkEntity }: Linked, value?: string): HsdsAttribute {
  return { id: hsdsId('attribute', `${term.id}:${linkId}`), link_id: linkId, link_type: linkEntity, link_entity: linkEntity, taxonomy_term_id: term.id, value, taxonomy_term: term }
}

/** The SCB code of a county ("14") or municipality ("1480") as an attribute of the service area it identifies. */
export function scbCodeAttribute(kind: 'county' | 'municipality', code: string, locale: Locale, linked: Linked): HsdsAttribute {
  const term: HsdsTaxonomyTerm = {
    id: hsdsId('taxonomy_term', `scb-${kind}-code`),
    code: `${kind}-code`,
    name: (kind === 'county' ? HSDS_COPY.countyCode : HSDS_COPY.municipalityCode)[locale],
    description: (kind === 'county' ? HSDS_COPY.countyCodeDescription : HSDS_COPY.municipalityCodeDescription)[locale],
    taxonomy: HSDS_COPY.scbTaxonomy[locale],
    taxonomy_id: SCB_TAXONOMY_ID,
    language: locale,
  }
  return attribute(term, linked, code)
}

/** A manual step (1–6) as a term of the support-process taxonomy, linked to an organisation responsible in it. */
export function manualStepAttribute(step: ManualStepView, locale: Locale, linked: Linked): HsdsAttribute {
  const term: HsdsTaxonomyTerm = {
    id: hsdsId('manual-step', step.id),
    code: String(step.number),
    name: step.title,
    description: step.summary,
    taxonomy: HSDS_COPY.manualTaxonomy[locale],
    taxonomy_id: MANUAL_TAXONOMY_ID,
    language: locale,
  }
  return attribute(term, linked, String(step.number))
}

/** The taxonomies our attributes' terms belong to (the tabular export's taxonomies.csv). */
export function taxonomies(locale: Locale): { id: string; name: string; description: string }[] {
  return [
    { id: SCB_TAXONOMY_ID, name: HSDS_COPY.scbTaxonomy[locale], description: HSDS_COPY.scbTaxonomyDescription[locale] },
    { id: MANUAL_TAXONOMY_ID, name: HSDS_COPY.manualTaxonomy[locale], description: HSDS_COPY.manualTaxonomyDescription[locale] },
  ]
}
