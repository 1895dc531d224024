import { strToU8, zipSync } from 'fflate'
import type { Locale } from '../../common/locale'
import type { HsdsDirectory } from './directory'
import { serviceCore } from './directory'
import DESCRIPTOR from './hsds-datapackage.json'
import type { HsdsAttribute, HsdsPhone } from './hsds.types'
import { taxonomies } from './taxonomies'

/*
 * GET /hsds/datapackage.zip: HSDS's tabular form, one CSV per table of HSDS's own descriptor (hsds-datapackage.json,
 * copied unchanged from ../shared/hsds) and that descriptor. Every table is there, with its header, even when we have
 * no rows for it (locations, addresses, …), so that the package is what the descriptor says.
 */

/** A table row: HSDS's flat fields, strings and numbers only (nested lists are tables of their own). */
type Row = Readonly<Record<string, string | number | undefined>>
type Resource = { name: string; path: string; schema: { fields: { name: string }[] } }
const RESOURCES = (DESCRIPTOR as { resources: Resource[] }).resources

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; an absent value is empty. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function csv(resource: Resource, rows: readonly Row[]): string {
  const names = resource.schema.fields.map((field) => field.name)
  return [names.join(','), ...rows.map((row) => names.map((name) => cell(row[name])).join(','))].map((line) => `${line}\r\n`).join('')
}

const withoutTerm = ({ taxonomy_term: term, ...attribute }: HsdsAttribute): Row => (void term, attribute)

/** The directory's records flattened into HSDS's tables, by resource name; each record once. */
function tables(directory: HsdsDirectory, locale: Locale): Record<string, readonly Row[]> {
  const { services, organizations } = directory
  const contacts = services.flatMap((service) => service.contacts)
  const phones: HsdsPhone[] = [...organizations.flatMap((org) => org.phones), ...services.flatMap((service) => service.phones), ...contacts.flatMap((contact) => contact.phones)]
  const attributes = [...organizations.flatMap((org) => org.attributes), ...services.flatMap((service) => service.service_areas.flatMap((area) => area.attributes))]
  const terms = new Map(attributes.map((attribute) => [attribute.taxonomy_term.id, attribute.taxonomy_term]))
  return {
    organization: organizations.map(({ phones: _phones, attributes: _attributes, services: _services, ...core }) => (void [_phones, _attributes, _services], core)),
    service: services.map(serviceCore),
    contact: contacts.map(({ phones: _phones, ...contact }) => (void _phones, contact)),
    phone: phones,
    schedule: services.flatMap((service) => service.schedules),
    service_area: services.flatMap((service) => service.service_areas.map(({ attributes: _attributes, ...area }) => (void _attributes, area))),
    language: services.flatMap((service) => service.languages),
    funding: services.flatMap((service) => service.funding),
    attribute: attributes.map(withoutTerm),
    taxonomy_term: [...terms.values()],
    taxonomy: taxonomies(locale),
  }
}

/** The zip's bytes: datapackage.json and every table's CSV (UTF-8, CRLF, header row first). */
export function datapackageZip(directory: HsdsDirectory, locale: Locale): Buffer {
  const rows = tables(directory, locale)
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(JSON.stringify(DESCRIPTOR, null, 2)) }
  for (const resource of RESOURCES) files[resource.path] = strToU8(csv(resource, rows[resource.name] ?? []))
  // A fixed date in every entry: the same data gives the same bytes, and so the same ETag, on every replica.
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') }))
}
