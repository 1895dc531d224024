/** What kind of actor an organisation is: the CMS's select and the API's `OrganisationType`. */
export const ORGANISATION_TYPES = [
  'government-agency',
  'county-board',
  'social-services',
  'health-care',
  'civil-society',
  'international-organisation',
  'coordinating-agency',
] as const
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

/** What kind of network: the CMS's select and the API's `NetworkType`. */
export const NETWORK_TYPES = ['methods-support-team', 'multi-agency', 'regional-centre', 'spearhead-group'] as const
export type NetworkType = (typeof NETWORK_TYPES)[number]
