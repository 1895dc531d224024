import type { ServerResponse } from 'node:http'
import { CachedGet, refuseUncached, type CacheableEntry } from '../../cache/cached-get'
import { sendCacheable } from '../../cache/http-cache'
import type { ResponseCache } from '../../cache/response-cache'
import { ApiError } from '../../common/errors'
import { localeFromAcceptLanguage, type Locale } from '../../common/locale'
import type { Snapshot } from '../../read-model/snapshot'
import type { RouteCall } from '../../routing/route-table'
import { datapackageZip } from './datapackage'
import { HsdsDirectory, matchesSearch, serviceCore } from './directory'
import { HSDS_COPY } from './hsds.copy'
import { listQuery, pageOf } from './paging'

const HSDS_PATH = '/hsds'

/** HSDS's reference API description, which these endpoints follow unchanged (no profile of our own). */
const HSDS_VERSION = '3.0'
const HSDS_PROFILE = 'https://docs.openreferral.org/en/3.0/'
const HSDS_OPENAPI = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'

export type HsdsRouteOptions = {
  snapshot: () => Snapshot
  clock: () => Date
  /** The API's response cache: HSDS answers are kept and cleared with the GraphQL answers (a publish clears both). */
  cache?: ResponseCache
  cacheMaxAgeSeconds: number
}

export const isHsdsPath = (path: string): boolean => path === HSDS_PATH || path.startsWith(`${HSDS_PATH}/`)

type Answer = { status: 200; body: unknown } | { status: 200; zip: Buffer } | { status: 404 }

const ZIP = 'application/zip'

/** The answer a path names, or null for a path that is not an HSDS endpoint. Bad parameters throw BadInputError. */
function answer(directory: HsdsDirectory, path: string, url: URL, locale: Locale): Answer | null {
  if (path === '') {
    const nspm = directory.services[0]?.organization
    return {
      status: 200,
      body: {
        version: HSDS_VERSION,
        profile: HSDS_PROFILE,
        openapi_url: HSDS_OPENAPI,
        publisher: { name: HSDS_COPY.publisher[locale], email: nspm?.email, website: nspm?.website },
      },
    }
  }
  if (path === '/datapackage.zip') return { status: 200, zip: datapackageZip(directory, locale) }
  const [collection, id, ...rest] = path.slice(1).split('/')
  if (rest.length > 0 || (collection !== 'services' && collection !== 'organizations')) return null
  if (id !== undefined) {
    const found = collection === 'services' ? directory.services.find((service) => service.id === id) : directory.organizations.find((organization) => organization.id === id)
    return found ? { status: 200, body: found } : { status: 404 }
  }
  const query = listQuery(url)
  if (collection === 'organizations') {
    const matching = directory.organizations.filter((organization) => matchesSearch(query.search, [organization.name, organization.alternate_name, organization.description]))
    const page = pageOf(matching, query.page, query.perPage)
    return { status: 200, body: { ...page, contents: page.contents.map(({ phones, attributes, services, ...core }) => (void [phones, attributes, services], core)) } }
  }
  const modifiedAfter = query.modifiedAfter?.toISOString()
  const matching = directory.services
    .filter((service) => (!modifiedAfter || service.last_modified >= modifiedAfter) && (!query.organizationId || service.organization_id === query.organizationId))
    .filter((service) => matchesSearch(query.search, [service.name, service.alternate_name, service.description, ...service.service_areas.map((area) => area.name)]))
  const page = pageOf(matching, query.page, query.perPage)
  const contents = page.contents.map((service) => {
    const core = serviceCore(service)
    return query.minimal ? { id: core.id, name: core.name, status: core.status, last_modified: core.last_modified } : { ...core, organization: service.organization }
  })
  return { status: 200, body: { ...page, contents } }
}

/**
 * GET /hsds/ (the meta answer), /hsds/services, /hsds/services/{id}, /hsds/organizations, /hsds/organizations/{id}
 * and /hsds/datapackage.zip (the tabular form):
 * the published directory in HSDS 3.0, built from the request's snapshot, Swedish unless Accept-Language asks for
 * English, cacheable like a public query's answer (Cache-Control, ETag, 304, the response cache). Unknown ids are
 * 404 and bad parameters 400, as JSON and never stored.
 */
export function handleHsds(options: HsdsRouteOptions, { request, response, url, record }: RouteCall): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = url.pathname.slice(HSDS_PATH.length).replace(/\/$/, '')
  const locale = localeFromAcceptLanguage(request.headers['accept-language'])
  // Only the parameters an answer reads: anything else a link carries must not split the cache.
  const parameters = ['page', 'per_page', 'modified_after', 'search', 'minimal', 'organization_id'].map((name) => url.searchParams.get(name))
  const cached = new CachedGet(options.cache, `hsds:${JSON.stringify([path, locale, ...parameters])}`, options.cacheMaxAgeSeconds, record)
  response.setHeader('content-language', locale)
  if (cached.stored) return send(request, response, cached.stored, 'HIT', path)
  let result: Answer | null
  try {
    result = answer(new HsdsDirectory(options.snapshot(), locale, options.clock()), path, url, locale)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    return refuseUncached(response, 400, error.message)
  }
  if (result === null) return false
  if (result.status === 404) return refuseUncached(response, 404, 'No published record has this id.')
  const body = 'zip' in result ? result.zip : Buffer.from(JSON.stringify(result.body))
  return send(request, response, cached.store(body), 'MISS', path)
}

function send(request: RouteCall['request'], response: ServerResponse, entry: CacheableEntry, source: 'HIT' | 'MISS', path: string): true {
  if (path === '/datapackage.zip') response.setHeader('content-disposition', 'attachment; filename="nspm-hsds.zip"')
  sendCacheable(request, response, entry, source, path === '/datapackage.zip' ? ZIP : undefined)
  return true
}
