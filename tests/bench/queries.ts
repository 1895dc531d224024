/**
 * The measured operations: our API's query and, where one exists, the closest equivalent through Payload's own
 * `/api/graphql`. Each has a check of the verified response, so that a target that answers quickly with the wrong
 * data (too few rows, a join capped at Payload's default of 10) cannot pass.
 */
export type OperationId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'supportLine' | 'publications' | 'M1'
export type GraphqlRequest = { query: string; variables?: Record<string, unknown> }
/** Returns a problem with the response, or null when it holds what the operation asks for. */
export type Check = (data: Json) => string | null
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export type Operation = {
  id: OperationId
  title: string
  api: GraphqlRequest
  apiCheck: Check
  /** Payload's closest equivalent, and what differs. */
  payload?: { request: GraphqlRequest; check: Check; compared: string }
  mutation: boolean
}

/** What the data set holds: seeded, 7 regions, 21 counties and 7 coordinators; enlarged, 507 coordinators and 2,002 publications. */
export type Expected = { coordinators: number; counties: number; regions: number; nordCoordinators: number; publications: number }

const COORDINATOR_FIELDS = 'id title personName employer status email alert phones { display e164 telUri type } languages tasks'
const PAYLOAD_COORDINATOR_FIELDS = 'id title personName employer status email alert phones { number type } languages tasks { task }'

/**
 * The instant supportLine is evaluated at: a fixed weekday morning, so that every response of a run has the same
 * bytes (isOpenNow, closesAt and nextOpensAt change at opening and closing time, which a run may cross).
 */
const SUPPORT_LINE_AT = '2026-12-08T09:00:00.000Z'
const PUBLICATIONS_PAGE = 20
const PUBLICATION_FIELDS = 'id slug title summary type publishedOn url languages audiences orderable'

export const Q1_API = `query Q1 { regions(locale: SV) { id slug name description counties { code name } coordinators { ${COORDINATOR_FIELDS} } } }`

export function operations(expected: Expected): Operation[] {
  return [
    {
      id: 'Q1',
      title: 'regions with their coordinators and counties (the region page)',
      mutation: false,
      api: { query: Q1_API },
      apiCheck: (data) =>
        countCheck(data, ['regions'], expected.regions, [
          ['counties', expected.counties],
          ['coordinators', expected.coordinators],
        ]),
      payload: {
        compared: 'Regions with the join fields counties and coordinators (limit raised from the default 10 to 1000); phones formatted by the field hook afterRead (no E.164).',
        request: {
          query: `query Q1 { Regions(locale: sv, limit: 100, sort: "slug") { docs { id slug name description
            counties(limit: 100, sort: "code") { docs { code name } }
            coordinators(limit: 1000) { docs { ${PAYLOAD_COORDINATOR_FIELDS} } } } } }`,
        },
        check: (data) =>
          countCheck(data, ['Regions', 'docs'], expected.regions, [
            ['counties.docs', expected.counties],
            ['coordinators.docs', expected.coordinators],
          ]),
      },
    },
    {
      id: 'Q2',
      title: 'coordinatorsForMunicipality("Kiruna")',
      mutation: false,
      api: {
        query: `query Q2 { coordinatorsForMunicipality(municipality: "Kiruna", locale: SV) { municipality { name code } county { name code }
          region { name slug } coordinators { ${COORDINATOR_FIELDS} } hasReachableCoordinator fallback { name phone { display telUri } } } }`,
      },
      apiCheck: (data) => {
        const list = at(data, ['coordinatorsForMunicipality', 'coordinators'])
        return Array.isArray(list) && list.length === expected.nordCoordinators ? null : `expected ${expected.nordCoordinators} coordinators in region Nord`
      },
      payload: {
        compared: 'Municipalities(where name = "Kiruna") → county → region → join coordinators, plus the SupportLine global; no name folding, no reachability logic.',
        request: {
          query: `query Q2 { Municipalities(locale: sv, where: { name: { equals: "Kiruna" } }) { docs { name code
            county { name code region { name slug coordinators(limit: 1000) { docs { ${PAYLOAD_COORDINATOR_FIELDS} } } } } } }
            SupportLine(locale: sv) { name phone } }`,
        },
        check: (data) => {
          const docs = at(data, ['Municipalities', 'docs'])
          const list = Array.isArray(docs) ? at(docs[0] ?? null, ['county', 'region', 'coordinators', 'docs']) : null
          return Array.isArray(list) && list.length === expected.nordCoordinators ? null : `expected ${expected.nordCoordinators} coordinators in region Nord`
        },
      },
    },
    {
      id: 'Q3',
      title: 'manualSteps with responsible organisations',
      mutation: false,
      api: { query: 'query Q3 { manualSteps(locale: SV) { number title summary responsibleOrganisations { name shortName type website email } } }' },
      apiCheck: (data) => lengthCheck(at(data, ['manualSteps']), 6, 'manual steps'),
      payload: {
        compared: 'ManualSteps sorted by number with the relationship responsibleOrganisations populated (depth 1).',
        request: {
          query:
            'query Q3 { ManualSteps(locale: sv, sort: "number", limit: 100) { docs { number title summary responsibleOrganisations { name shortName type website email } } } }',
        },
        check: (data) => lengthCheck(at(data, ['ManualSteps', 'docs']), 6, 'manual steps'),
      },
    },
    {
      id: 'Q4',
      title: 'search("människohandel")',
      mutation: false,
      api: {
        query: `query Q4 { search(query: "människohandel", locale: SV, first: 10) { rank node { __typename
          ... on Concept { id term } ... on ManualStep { id title } ... on Organisation { id name } ... on Page { id title }
          ... on Programme { id name } ... on Publication { id title } } } }`,
      },
      apiCheck: (data) => lengthCheck(at(data, ['search']), 10, 'hits'),
      payload: {
        compared: 'The same six collections, 10 each, filtered with `like` (ILIKE) on title and body text: substring match, no stemming, no ranking.',
        request: { query: payloadSearch('människohandel') },
        // Both seeded publications name the word, and every fifth of the enlargement's: the list is full or holds them all.
        check: (data) => lengthCheck(at(data, ['publications', 'docs']), Math.min(10, expected.publications), 'publications'),
      },
    },
    {
      id: 'supportLine',
      title: 'supportLine with its opening hours and whether it is open',
      mutation: false,
      api: {
        query: `query SupportLine { supportLine(locale: SV, at: "${SUPPORT_LINE_AT}") { name phone { display e164 telUri } email website description
          openingHours { days opens closes } openingHoursConfirmed closedOnPublicHolidays isOpenNow closesAt nextOpensAt closedForHoliday whenClosed
          urgentNumbers { kind label appliesWhen whenToCall phone { display telUri } } whenClosedNumbers { kind label phone { display telUri } } } }`,
      },
      apiCheck: (data) => {
        const hours = at(data, ['supportLine', 'openingHours'])
        if (!Array.isArray(hours) || hours.length === 0) return 'expected opening hours'
        return at(data, ['supportLine', 'isOpenNow']) === true ? null : `expected the line open at ${SUPPORT_LINE_AT}`
      },
      payload: {
        compared: 'The SupportLine global with its opening hours and emergency numbers as stored: no open-now, next opening or holiday computation, phones as stored.',
        request: {
          query: `query SupportLine { SupportLine(locale: sv) { name phone email website description openingHours { days opens closes }
            openingHoursConfirmed closedOnPublicHolidays whenClosed emergencyNumbers { kind appliesWhen label number whenToCall } } }`,
        },
        check: (data) => {
          const hours = at(data, ['SupportLine', 'openingHours'])
          return Array.isArray(hours) && hours.length > 0 ? null : 'expected opening hours'
        },
      },
    },
    {
      id: 'publications',
      title: `publications: the first page (${PUBLICATIONS_PAGE}, newest first) with totalCount`,
      mutation: false,
      api: {
        query: `query Publications { publications(locale: SV, first: ${PUBLICATIONS_PAGE}) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { ${PUBLICATION_FIELDS} } } } }`,
      },
      apiCheck: (data) => pageCheck(at(data, ['publications', 'edges']), at(data, ['publications', 'totalCount']), expected.publications),
      payload: {
        compared: `Publications sorted by -publishedOn, limit ${PUBLICATIONS_PAGE}, with totalDocs: offset pagination (page numbers), no cursors.`,
        request: {
          query: `query Publications { Publications(locale: sv, limit: ${PUBLICATIONS_PAGE}, sort: "-publishedOn") { totalDocs hasNextPage
            docs { ${PUBLICATION_FIELDS} } } }`,
        },
        check: (data) => pageCheck(at(data, ['Publications', 'docs']), at(data, ['Publications', 'totalDocs']), expected.publications),
      },
    },
    {
      id: 'M1',
      title: 'subscribeToNewsletter (a new address each request)',
      mutation: true,
      api: {
        query: `mutation M1($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted message } }`,
        variables: { input: subscribeInput('bench-verify@example.org') },
      },
      apiCheck: (data) => (at(data, ['subscribeToNewsletter', 'accepted']) === true ? null : 'not accepted'),
    },
  ]
}

export function subscribeInput(email: string): Json {
  return { email, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: '2026-11', source: 'bench' } }
}

function payloadSearch(word: string): string {
  const like = (...fields: string[]) => `where: { OR: [${fields.map((field) => `{ ${field}: { like: "${word}" } }`).join(', ')}] }`
  return `query Q4 {
    concepts: Concepts(locale: sv, limit: 10, ${like('term', 'definition')}) { docs { id term } }
    steps: ManualSteps(locale: sv, limit: 10, ${like('title', 'summary')}) { docs { id title } }
    organisations: Organisations(locale: sv, limit: 10, ${like('name', 'description')}) { docs { id name } }
    pages: Pages(locale: sv, limit: 10, ${like('title', 'summary')}) { docs { id title } }
    programmes: Programmes(locale: sv, limit: 10, ${like('name', 'summary')}) { docs { id name } }
    publications: Publications(locale: sv, limit: 10, ${like('title', 'summary')}) { docs { id title } }
  }`
}

/** The value at a path of object keys, or null. */
export function at(value: Json, path: readonly string[]): Json {
  let current: Json = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null
    current = current[key] ?? null
  }
  return current
}

function lengthCheck(list: Json, length: number, what: string): string | null {
  return Array.isArray(list) && list.length === length ? null : `expected ${length} ${what}, got ${Array.isArray(list) ? list.length : 'none'}`
}

/** The first page of a list of `total` items: full (or all of them) and counted right. */
function pageCheck(list: Json, totalCount: Json, total: number): string | null {
  if (totalCount !== total) return `expected a total of ${total}, got ${JSON.stringify(totalCount)}`
  return lengthCheck(list, Math.min(PUBLICATIONS_PAGE, total), 'items on the first page')
}

/** A list of `count` items whose nested lists (dotted paths) add up to the given totals. */
function countCheck(data: Json, path: readonly string[], count: number, nested: [string, number][]): string | null {
  const list = at(data, path)
  if (!Array.isArray(list) || list.length !== count) return `expected ${count} items at ${path.join('.')}`
  for (const [nestedPath, total] of nested) {
    const sum = list.reduce<number>((acc, item) => {
      const inner = at(item, nestedPath.split('.'))
      return acc + (Array.isArray(inner) ? inner.length : 0)
    }, 0)
    if (sum !== total) return `expected ${total} ${nestedPath} in all, got ${sum}`
  }
  return null
}
