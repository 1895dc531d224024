/**
 * Every output field of the public API, reviewed. Professional contact details of coordinators, organisations
 * and the support line are public by purpose (the brochure prints them); nothing about subscribers, orderers
 * or CMS users is. Adding a field to the schema means adding it here, in review, on purpose.
 */
export const PUBLIC_OUTPUT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // The change log names public documents only (type, id, what happened, when); who changed them stays in the CMS.
  Change: ['action', 'changedAt', 'cursor', 'document', 'documentId', 'id', 'type'],
  ChangeConnection: ['edges', 'nodes', 'pageInfo'],
  ChangeEdge: ['cursor', 'node'],
  Concept: ['definition', 'id', 'locale', 'related', 'slug', 'term', 'updatedAt'],
  // Work contact details of a public post; who verified them (a CMS user) is deliberately absent.
  Coordinator: ['alert', 'email', 'employer', 'hasContactDetails', 'hostMunicipality', 'id', 'languages', 'lastVerifiedAt', 'locale', 'personName', 'phones', 'region', 'status', 'tasks', 'title', 'updatedAt'],
  CoordinatorConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  CoordinatorEdge: ['cursor', 'node'],
  County: ['code', 'id', 'locale', 'municipalities', 'name', 'region', 'updatedAt'],
  EmergencyNumber: ['kind', 'label', 'phone', 'whenToCall'],
  Link: ['label', 'url'],
  // Which language an object was answered in: what a client cache keys on besides the id.
  Localized: ['id', 'locale'],
  ManualStep: ['id', 'locale', 'number', 'responsibleOrganisations', 'summary', 'title', 'updatedAt'],
  // The orderer's name, organisation and address stay in the CMS; the receipt names only the order.
  MaterialOrderReceipt: ['items', 'orderNumber', 'status'],
  Municipality: ['code', 'county', 'id', 'locale', 'name', 'region', 'updatedAt'],
  MunicipalityConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  MunicipalityContacts: ['coordinators', 'county', 'fallback', 'hasReachableCoordinator', 'municipality', 'region'],
  MunicipalityEdge: ['cursor', 'node'],
  Mutation: ['confirmNewsletterSubscription', 'eraseNewsletterSubscription', 'orderMaterial', 'subscribeToNewsletter', 'unsubscribeFromNewsletter', 'updateNewsletterPreferences'],
  Network: ['coordinatedBy', 'coordinators', 'description', 'id', 'locale', 'members', 'name', 'parent', 'region', 'shortName', 'slug', 'type', 'updatedAt'],
  // Shown only to the holder of an emailed token, and even then without the address itself.
  NewsletterSubscription: ['confirmedAt', 'locale', 'status', 'topics'],
  OpeningHours: ['closes', 'days', 'opens'],
  OrderLine: ['publicationId', 'quantity'],
  Organisation: ['description', 'email', 'id', 'locale', 'name', 'phone', 'shortName', 'slug', 'type', 'updatedAt', 'website'],
  OrganisationConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  OrganisationEdge: ['cursor', 'node'],
  Page: ['content', 'id', 'links', 'locale', 'slug', 'summary', 'title', 'updatedAt'],
  PageInfo: ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'],
  PhoneNumber: ['display', 'e164', 'label', 'telUri', 'type'],
  Programme: ['eligibility', 'funder', 'howToApply', 'id', 'locale', 'name', 'operator', 'shortName', 'slug', 'summary', 'supportOffered', 'updatedAt', 'website'],
  Publication: ['articleNumber', 'audiences', 'id', 'inStock', 'languages', 'locale', 'maxQuantityPerOrder', 'orderable', 'publishedOn', 'slug', 'summary', 'title', 'type', 'updatedAt', 'url'],
  PublicationConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  PublicationEdge: ['cursor', 'node'],
  Query: ['changes', 'concept', 'concepts', 'coordinators', 'coordinatorsForMunicipality', 'counties', 'county', 'manualStep', 'manualSteps', 'municipalities', 'municipality', 'network', 'networks', 'newsletterSubscription', 'organisation', 'organisations', 'page', 'pages', 'programme', 'programmes', 'publications', 'region', 'regions', 'search', 'supportLine'],
  Region: ['coordinators', 'counties', 'description', 'id', 'locale', 'name', 'slug', 'updatedAt'],
  RichText: ['html', 'plainText'],
  SearchHit: ['node', 'rank'],
  SubscriptionRequest: ['accepted', 'message'],
  SupportLine: ['closedForHoliday', 'closedOnPublicHolidays', 'closesAt', 'description', 'email', 'emergencyNumbers', 'isOpenNow', 'name', 'nextOpensAt', 'openingHours', 'phone', 'website', 'whenClosed'],
}
