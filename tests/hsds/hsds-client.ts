import { expect, inject } from 'vitest'
import { hsdsValidator, pageValidator, schemaErrors, type HsdsSchemaName } from './hsds-schemas'

/** The suite's API process's HSDS endpoints, read as a partner reads them, each answer checked against HSDS. */
export const base = (): string => inject('apiUrl').replace(/\/graphql$/, '/hsds')
export const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Item[] }
export type Item = { id: string; name: string; [field: string]: unknown }
export type Service = Item & {
  status: string
  contacts: { id: string; title?: string; phones: unknown[] }[]
  service_areas: { name: string; attributes: { value?: string; taxonomy_term: { code?: string } }[] }[]
  schedules: { freq?: string; byday?: string; opens_at?: string; valid_from?: string; description: string }[]
}

export async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${base()}${path}`, { headers })
  return { status: response.status, body: (await response.json()) as T, headers: response.headers }
}

export function expectValid(schema: HsdsSchemaName | 'page', value: unknown, what: string): void {
  expect(schemaErrors(schema === 'page' ? pageValidator : hsdsValidator(schema), value), `${what} against ${schema}`).toEqual([])
}

/** Every item of a list, walked page by page (three a page, so that paging itself is exercised), each page checked. */
export async function walk(collection: 'services' | 'organizations', schema: HsdsSchemaName, language: string): Promise<Item[]> {
  const items: Item[] = []
  for (let page = 1; ; page++) {
    const { status, body } = await get<Page>(`/${collection}?per_page=3&page=${page}`, { 'accept-language': language })
    expect(status).toBe(200)
    expectValid('page', body, `${collection} page ${page}`)
    for (const item of body.contents) expectValid(schema, item, `${collection} ${item.id}`)
    expect(body).toMatchObject({ page_number: page, first_page: page === 1, size: body.contents.length, total_pages: Math.ceil(body.total_items / 3) })
    items.push(...body.contents)
    if (body.last_page) return items
  }
}
