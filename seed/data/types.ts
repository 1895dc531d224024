/** The shapes of the seed data: every fact of the NSPM brochure that fits the CMS model, in Swedish and English. */
import type { EmergencyApplies, FundingShare, PermitApplicant, ResidencePermit } from '../../contracts/select-values/facts'

/** A text in both content languages. Swedish is authoritative (the brochure's wording); English is a faithful translation. */
type Text = { sv: string; en: string }

export type RegionSeed = { slug: string; name: Text; description: Text }

/** English names for the counties; Swedish names come from se-municipalities.csv. Keyed by two-digit SCB code. */
export type CountyNamesEn = Record<string, string>

type OrganisationType = 'government-agency' | 'county-board' | 'social-services' | 'health-care' | 'civil-society' | 'international-organisation' | 'coordinating-agency'

export type OrganisationSeed = {
  slug: string
  name: Text
  shortName?: Text
  type: OrganisationType
  description: Text
  website?: string
  email?: string
  phone?: string
  /** Organisation slug of the organisation this one is part of. */
  partOf?: string
  location?: string
}

export type NetworkSeed = {
  slug: string
  name: Text
  shortName?: Text
  type: 'methods-support-team' | 'multi-agency' | 'regional-centre' | 'spearhead-group'
  description: Text
  /** Organisation slug. */
  coordinatedBy?: string
  /** Organisation slugs. */
  members: string[]
  /** Region slug, for regional networks. */
  region?: string
  /** Network slug of the wider network. */
  parent?: string
  /** Link the region's coordinator post(s) as members (spearhead groups, regional centres). */
  includeRegionCoordinators?: boolean
}

export type ProgrammeSeed = {
  slug: string
  name: Text
  shortName: Text
  summary: Text
  operator?: string
  /** Organisation slugs and how much each funds. */
  funding: { organisation: string; share: FundingShare }[]
  eligibility: Text
  supportOffered: Text[]
  howToApply: Text
  website?: string
}

export type ResidencePermitSeed = {
  permit: ResidencePermit
  applicant: PermitApplicant
  /** Organisation slugs. */
  applicantOrganisations: string[]
  decidedBy: string
  appliesTo: Text
  durationDays?: number
  /** ISO date. */
  availableSince?: string
  formsUrl?: string
}

export type ManualStepSeed = {
  number: number
  title: Text
  summary: Text
  responsible: string[]
  /** Publication slug of the manual. */
  manual: string
  residencePermits: ResidencePermitSeed[]
}

export type ConceptSeed = { slug: string; term: Text; definition: Text; related: string[] }

/** Body blocks of a knowledge article, turned into Lexical rich text by the seed. */
export type Block = { heading: string } | { paragraph: string } | { list: string[] }

export type PageSeed = {
  slug: string
  title: Text
  summary: Text
  body: { sv: Block[]; en: Block[] }
  links: { label: Text; url: string }[]
}

export type PublicationSeed = {
  slug: string
  title: Text
  summary: Text
  type: 'report' | 'manual' | 'brochure' | 'information-material' | 'poster'
  audiences: ('professionals' | 'at-risk' | 'public')[]
  languages: string[]
  url?: string
  orderable: boolean
  articleNumber?: string
  maxQuantityPerOrder?: number
  inStock?: boolean
}

export type CoordinatorTemplate = {
  /** "{region}" is replaced by the region's name in each language. */
  title: Text
  employer: Text
  alert: Text
  tasks: Text[]
}

export type SupportLineSeed = {
  name: Text
  phone: string
  description: Text
  openingHours: { days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]; opens: string; closes: string }[]
  closedOnPublicHolidays: boolean
  whenClosed: Text
  openingHoursConfirmed: boolean
  emergencyNumbers: { kind: 'emergency' | 'police' | 'social-services-on-call'; appliesWhen: EmergencyApplies; label: Text; number?: string; whenToCall: Text }[]
  email: string
  website: string
}
