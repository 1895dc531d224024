import ical, { type VEvent } from 'node-ical'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, regionId } from '../helpers/coordinators'
import { get as getHsds, walk, type Service } from '../hsds/hsds-client'
import { apiBase, parseVcard, single, values, vtimezoneOffsetMinutes } from './contact-files-client'

/**
 * Issue 18: the published contacts as vCard 4.0 and iCalendar files. Every file is read back with a library other
 * than the one that wrote it: vcard4 (a strict RFC 6350 parser) for the cards, node-ical (RFC 5545, with its own
 * recurrence expansion) for the calendar.
 */
type Phone = { e164: string | null; display: string; type: string | null }
type Coordinator = { id: string; title: string; email: string | null; employer: string | null; phones: Phone[]; languages: string[]; vcardUrl: string; region: { name: string } }
type SupportLine = {
  name: string
  phone: Phone
  email: string
  openingHours: { days: string[]; opens: string; closes: string }[]
  urgentNumbers: { label: string; phone: Phone | null }[]
  vcardUrl: string
  calendarUrl: string
}

const COORDINATORS = `query ($locale: Locale) { coordinators(first: 100, locale: $locale) { nodes {
  id title email employer languages vcardUrl phones { e164 display type } region { name } } } }`
const SUPPORT_LINE = `query ($locale: Locale) { supportLine(locale: $locale) {
  name email vcardUrl calendarUrl phone { e164 display type } openingHours { days opens closes } urgentNumbers { label phone { e164 display type } } } }`

const coordinators = async (locale: 'SV' | 'EN') => (await apiClient().request<{ coordinators: { nodes: Coordinator[] } }>(COORDINATORS, { locale })).coordinators.nodes
const supportLine = async (locale: 'SV' | 'EN') => (await apiClient().request<{ supportLine: SupportLine }>(SUPPORT_LINE, { locale })).supportLine

/** Follows a link the API gave, on the suite's API (whose API_PUBLIC_URL is its own address). */
async function fetchFile(link: string, headers: Record<string, string> = {}): Promise<{ response: Response; text: string }> {
  expect(link.startsWith(`${apiBase()}/contacts/`), link).toBe(true)
  const response = await fetch(link, { headers })
  return { response, text: await response.text() }
}

const telOf = (phone: Phone): string => (phone.e164 ? `tel:${phone.e164}` : `tel:${phone.display.replace(/\D/g, '')};phone-context=+46`)

/** The ids of every contact of every HSDS service, as a partner reads them. */
async function hsdsContactIds(): Promise<Set<string>> {
  const services = await walk('services', 'service_list', 'sv')
  const nested = await Promise.all(services.map(async ({ id }) => (await getHsds<Service>(`/services/${id}`)).body))
  return new Set(nested.flatMap((service) => service.contacts.map((contact) => contact.id)))
}

describe('contact files: vCard 4.0 and iCalendar', () => {
  let editor: CmsClient
  beforeAll(async () => {
    editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
  })

  it('gives a coordinator post a card with its title, unit, typed phones in order, email, languages and region', async () => {
    // A post of this file's own, in a region other tests add to (Nord and Mitt stay seeded-only), with every kind of number.
    const phones = [
      { number: '+46317000000', type: 'switchboard' },
      { number: '+46701234567', type: 'mobile' },
      { number: '+46707654321', type: 'sms' },
      { number: '+46317000001', type: 'office' },
    ]
    const created = await createCoordinator(editor, await regionId(editor, 'vast'), { data: { email: 'kort.vast@example.se', phones, languages: ['sv', 'en'] } })
    let found: Coordinator | undefined
    await expect.poll(async () => (found = (await coordinators('SV')).find((candidate) => candidate.id === String(created.id))), { timeout: 5_000, interval: 50 }).toBeDefined()
    const post = found!
    expect(post.vcardUrl).toBe(`${apiBase()}/contacts/coordinators/${post.id}.vcf`)
    const { response, text } = await fetchFile(post.vcardUrl)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8')
    expect(text.endsWith('\r\nEND:VCARD\r\n')).toBe(true)
    const card = parseVcard(text)
    expect(single(card, 'TITLE')).toBe(post.title)
    expect(single(card, 'FN')).toBe(`${post.title}, region ${post.region.name}`)
    expect(values(card, 'ORG')).toEqual(post.employer ? [post.employer] : [])
    const tel = card.filter((entry) => entry.property === 'TEL')
    expect(tel.map((entry) => entry.value)).toEqual(['tel:+46317000000', 'tel:+46701234567', 'tel:+46707654321', 'tel:+46317000001'])
    expect(tel.map((entry) => [entry.parameters.TYPE, entry.parameters.PREF])).toEqual([
      ['work,voice', '1'],
      ['work,cell', '2'],
      ['work,text', '3'],
      ['work,voice', '4'],
    ])
    expect(values(card, 'EMAIL')).toEqual(['kort.vast@example.se'])
    expect(values(card, 'LANG')).toEqual(['sv', 'en'])
    expect(single(card, 'NOTE')).toContain(post.region.name)
    expect(single(card, 'SOURCE')).toBe(post.vcardUrl)
    // The same post has the same identifier in HSDS (its contact) and in the card.
    const uid = String(single(card, 'UID')).replace(/^urn:uuid:/, '')
    await expect.poll(async () => (await hsdsContactIds()).has(uid), { timeout: 5_000, interval: 100 }).toBe(true)
  })

  it('gives every published post a card that a strict RFC 6350 parser accepts', async () => {
    const posts = await coordinators('SV')
    expect(posts.length).toBeGreaterThanOrEqual(7)
    for (const post of posts) {
      const { response, text } = await fetchFile(post.vcardUrl)
      expect(response.status, post.vcardUrl).toBe(200)
      expect(String(single(parseVcard(text), 'TITLE')).length).toBeGreaterThan(0)
    }
  })

  it('answers in English for ?lang=en, the link GraphQL gives an English query', async () => {
    const [swedish] = await coordinators('SV')
    const english = (await coordinators('EN')).find((post) => post.id === swedish!.id)!
    expect(english.vcardUrl).toBe(`${swedish!.vcardUrl}?lang=en`)
    const { response, text } = await fetchFile(english.vcardUrl)
    expect(response.headers.get('content-language')).toBe('en')
    expect(single(parseVcard(text), 'TITLE')).toBe(english.title)
    expect(english.title).not.toBe(swedish!.title)
    const byHeader = await fetchFile(swedish!.vcardUrl, { 'accept-language': 'en' })
    expect(single(parseVcard(byHeader.text), 'TITLE')).toBe(english.title)
  })

  it('serves a publish at once, and never the person holding the post', async () => {
    const post = await createCoordinator(editor, await regionId(editor, 'vast'), {
      data: { personName: 'Hemlig Kortsson', email: 'samordnare.vast@example.se', phones: [{ number: '+46701234567', type: 'mobile' }] },
    })
    const link = `${apiBase()}/contacts/coordinators/${post.id}.vcf`
    await expect.poll(async () => (await fetch(link)).status, { timeout: 5_000, interval: 50 }).toBe(200)
    const { text } = await fetchFile(link)
    const card = parseVcard(text)
    expect(values(card, 'EMAIL')).toEqual(['samordnare.vast@example.se'])
    expect(card.find((entry) => entry.property === 'TEL')).toMatchObject({ value: 'tel:+46701234567', parameters: { TYPE: 'work,cell', PREF: '1' } })
    expect(text).not.toContain('Kortsson')
  })

  it('gives the support line a card: the organisation, its number, email, website, hours and the urgent numbers', async () => {
    const line = await supportLine('SV')
    expect(line.vcardUrl).toBe(`${apiBase()}/contacts/support-line.vcf`)
    const { response, text } = await fetchFile(line.vcardUrl)
    expect(response.status).toBe(200)
    const card = parseVcard(text)
    expect(single(card, 'KIND')).toBe('org')
    expect(single(card, 'FN')).toBe(line.name)
    expect(single(card, 'ORG')).toMatch(/NSPM|Nationell/)
    expect(card.find((entry) => entry.property === 'TEL')).toMatchObject({ value: telOf(line.phone), parameters: { TYPE: 'work,voice', PREF: '1' } })
    expect(single(card, 'EMAIL')).toBe(line.email)
    expect(String(single(card, 'URL'))).toMatch(/^https:\/\//)
    const note = String(single(card, 'NOTE'))
    expect(note).toContain(`${line.openingHours[0]!.opens}–${line.openingHours[0]!.closes}`)
    for (const urgent of line.urgentNumbers) expect(note).toContain(urgent.phone ? urgent.phone.display : urgent.label)
  })

  it('publishes the opening hours as a calendar: weekly recurrences in Swedish time, closing holidays excepted', async () => {
    const line = await supportLine('SV')
    expect(line.calendarUrl).toBe(`${apiBase()}/contacts/support-line.ics`)
    const { response, text } = await fetchFile(line.calendarUrl)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    // Content lines end in CRLF (RFC 5545 3.1), the last one too, and no line holds a bare LF.
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(text.split('\r\n').filter((line) => line.includes('\n'))).toEqual([])
    const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT')
    expect(events).toHaveLength(line.openingHours.length)
    const year = new Date().getUTCFullYear()
    const stockholm = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    const localDate = (instant: Date): string => instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })
    const openDays = new Set<string>()
    for (const [index, event] of events.entries()) {
      const rule = line.openingHours[index]!
      expect(event.summary).toBe(`${line.name} öppen`)
      const instances = ical.expandRecurringEvent(event, { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 2, 0, 1)) })
      expect(instances.length).toBeGreaterThan(150)
      for (const instance of instances) {
        const parts = Object.fromEntries(stockholm.formatToParts(instance.start).map((part) => [part.type, part.value]))
        expect(`${parts.hour}:${parts.minute}`).toBe(rule.opens)
        expect(instance.end.getTime() - instance.start.getTime()).toBeGreaterThan(0)
        openDays.add(localDate(instance.start))
      }
      // The recurrence stops where the known holiday exceptions stop: the end of next year.
      expect(localDate(instances.at(-1)!.start) <= `${year + 1}-12-31`).toBe(true)
    }
    // Closing holidays and eves of both years on weekdays the line would open: none of them is an opening.
    for (const closed of [`${year}-12-24`, `${year}-12-25`, `${year + 1}-01-01`, `${year + 1}-01-06`, `${year + 1}-12-24`, `${year + 1}-12-31`]) {
      expect(openDays.has(closed), closed).toBe(false)
    }
    expect(openDays.has(`${year + 1}-03-03`) || openDays.has(`${year + 1}-03-04`)).toBe(true)
  })

  it('defines Europe/Stockholm as the tz database does, across both daylight-saving changes', async () => {
    const { text } = await fetchFile((await supportLine('SV')).calendarUrl)
    const year = new Date().getUTCFullYear() + 1
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(year, 0, 1 + day, 10))
      const iana = Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
          .formatToParts(date)
          .find((part) => part.type === 'timeZoneName')!
          .value.slice(4, 6),
      )
      const wallClock = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 12 }
      expect(vtimezoneOffsetMinutes(text, wallClock), date.toISOString()).toBe(iana * 60)
    }
  })

  it('caches like the other public answers and refuses what names no published contact', async () => {
    const link = `${apiBase()}/contacts/support-line.ics`
    const first = await fetch(link)
    expect(first.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/)
    expect(first.headers.get('vary')?.toLowerCase()).toContain('accept-language')
    const again = await fetch(link, { headers: { 'if-none-match': first.headers.get('etag')! } })
    expect([again.status, again.headers.get('x-cache')]).toEqual([304, 'HIT'])
    for (const [path, status] of [
      ['/contacts/coordinators/999999999.vcf', 404],
      ['/contacts/coordinators/0.vcf', 404],
      ['/contacts/coordinators/abc.vcf', 404],
      ['/contacts/nothing.vcf', 404],
      ['/contacts/support-line.vcf?lang=de', 400],
    ] as const) {
      const response = await fetch(`${apiBase()}${path}`)
      expect(response.status, path).toBe(status)
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/)
    }
  })
})
