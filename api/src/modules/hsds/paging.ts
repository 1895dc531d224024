import { BadInputError } from '../../common/errors'

/** The reference's page object (openapi.json, components.schemas.Page) around a page of `contents`. */
export type HsdsPage<T> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

const DEFAULT_PER_PAGE = 50
const MAX_PER_PAGE = 100

/** What a list request asks for, read from the query string; bad values throw BadInputError (400). */
export type ListQuery = { page: number; perPage: number; modifiedAfter: Date | null; search: string | null; minimal: boolean; organizationId: string | null }

function positiveInteger(url: URL, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = url.searchParams.get(name)
  if (text === null || text === '') return fallback
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > max) throw new BadInputError(`"${name}" must be a whole number from 1 to ${max}.`, { field: name })
  return Number(text)
}

function flag(url: URL, name: string): boolean {
  const text = url.searchParams.get(name)
  if (text === null || text === '' || text === 'false') return false
  if (text === 'true') return true
  throw new BadInputError(`"${name}" must be true or false.`, { field: name })
}

export function listQuery(url: URL): ListQuery {
  const modified = url.searchParams.get('modified_after')
  const modifiedAfter = modified ? new Date(modified) : null
  if (modified && (!/^\d{4}-\d{2}-\d{2}/.test(modified) || Number.isNaN(modifiedAfter?.getTime()))) {
    throw new BadInputError('"modified_after" must be an ISO 8601 date or date-time, e.g. 2026-12-01T00:00:00Z.', { field: 'modified_after' })
  }
  return {
    page: positiveInteger(url, 'page', 1),
    perPage: positiveInteger(url, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE),
    modifiedAfter,
    search: url.searchParams.get('search')?.trim() || null,
    minimal: flag(url, 'minimal'),
    organizationId: url.searchParams.get('organization_id') || null,
  }
}

/** Page `page` of `items`, `perPage` a page; a page past the end is empty, not an error. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(items.length / perPage)
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}
