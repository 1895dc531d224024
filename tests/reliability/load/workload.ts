import { randomBytes } from 'node:crypto'

/** One request of the mixed load: a GraphQL body and the client address it comes from. */
export type Operation = { kind: string; write: boolean; body: { query: string; variables?: Record<string, unknown> }; clientIp: string }

/** What the website and partner systems read most: region pages, municipality look-ups, the manual, search. */
const READS: readonly { kind: string; query: string; variables?: () => Record<string, unknown> }[] = [
  { kind: 'regions', query: '{ regions { id name coordinators { id personName phones { display } } counties { code name } } }' },
  {
    kind: 'coordinatorsForMunicipality',
    query: 'query ($m: String!) { coordinatorsForMunicipality(municipality: $m) { region { name } coordinators { id personName } hasReachableCoordinator } }',
    variables: () => ({ m: pick(['1480', 'Göteborg', '0180', 'Malmö', 'Kiruna', '2584']) }),
  },
  { kind: 'manualSteps', query: '{ manualSteps { number title responsibleOrganisations { name } } }' },
  {
    kind: 'search',
    query: 'query ($q: String!) { search(query: $q, first: 10) { rank node { __typename } } }',
    variables: () => ({ q: pick(['människohandel', 'stöd', 'prostitution', 'återvändande', 'trafficking']) }),
  },
  { kind: 'supportLine', query: '{ supportLine { phone { display } isOpenNow nextOpensAt } }' },
  { kind: 'publications', query: '{ publications(first: 20) { totalCount nodes { id title orderable } } }' },
]

const SUBSCRIBE = 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }'
const ORDER = 'mutation ($input: OrderMaterialInput!) { orderMaterial(input: $input) { orderNumber status } }'

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!

/** Readers: many visitors' addresses (198.18.0.0/20), so that each stays well within its query budget. */
const READERS = 4096

/**
 * A stream of operations: reads, with `writeShare` of them subscriptions and orders (half each). Reads come from
 * many visitors; every write comes from its own client address and carries its own email and idempotency key, so
 * per-client limits (which protect the real service) do not turn the load run into a rate-limit test.
 */
export function createWorkload(options: { writeShare: number; orderablePublicationIds: readonly string[] }) {
  let clients = 0
  const nextIp = () => {
    clients += 1
    return `172.20.${(clients >> 8) & 255}.${clients & 255}`
  }
  let reads = 0
  const nextReader = () => {
    reads += 1
    return `198.18.${(reads % READERS) >> 8}.${reads & 255}`
  }
  return (): Operation => {
    if (Math.random() >= options.writeShare) {
      const read = pick(READS)
      return { kind: read.kind, write: false, clientIp: nextReader(), body: { query: read.query, variables: read.variables?.() } }
    }
    const tag = randomBytes(6).toString('hex')
    if (Math.random() < 0.5) {
      const input = { email: `load-${tag}@example.org`, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: '2026-11', source: 'load-test' } }
      return { kind: 'subscribeToNewsletter', write: true, clientIp: nextIp(), body: { query: SUBSCRIBE, variables: { input } } }
    }
    const input = {
      idempotencyKey: `load-${tag}-${randomBytes(4).toString('hex')}`,
      locale: 'SV',
      items: [{ publicationId: pick(options.orderablePublicationIds), quantity: 1 + Math.floor(Math.random() * 5) }],
      orderer: { name: 'Lasttest Person', organisation: 'Lasttest AB', email: `load-${tag}@example.org`, phone: '08-123 456 78' },
      deliveryAddress: { street: 'Lastgatan 1', postcode: '11122', city: 'Stockholm' },
    }
    return { kind: 'orderMaterial', write: true, clientIp: nextIp(), body: { query: ORDER, variables: { input } } }
  }
}
