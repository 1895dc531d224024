import { inject } from 'vitest'

type Phone = { display: string; e164: string | null }
type Answer = { data?: { coordinators: { nodes: { id: string; phones: Phone[] }[] } }; errors?: unknown[] }

const QUERY = 'query ($region: String!) { coordinators(regionSlug: $region, first: 100) { nodes { id phones { display e164 } } } }'

/**
 * One request to the public API, as the website sends it: a coordinator's phone numbers and whether the answer came
 * from the API's response cache (`x-cache: HIT`), so that a test can show the cache held the old answer.
 */
export async function publicPhones(region: string, coordinatorId: number | string): Promise<{ e164: (string | null)[]; cache: string | null }> {
  const response = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { region } }),
  })
  const answer = (await response.json()) as Answer
  if (response.status !== 200 || answer.errors) throw new Error(`The API answered ${response.status}: ${JSON.stringify(answer.errors)}`)
  const coordinator = answer.data!.coordinators.nodes.find((node) => node.id === String(coordinatorId))
  if (!coordinator) throw new Error(`Coordinator ${coordinatorId} is not published in region ${region}`)
  return { e164: coordinator.phones.map((phone) => phone.e164), cache: response.headers.get('x-cache') }
}
