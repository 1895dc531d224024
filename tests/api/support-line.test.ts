import { gql } from 'graphql-request'
import { describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/api-client'

const SUPPORT_LINE = gql`
  query SupportLine($at: DateTimeISO, $locale: Locale) {
    supportLine(at: $at, locale: $locale) {
      name
      phone {
        display
        e164
      }
      isOpenNow
      nextOpensAt
      closedForHoliday
      whenClosed
      openingHours {
        days
        opens
        closes
      }
      emergencyNumbers {
        kind
        label
        phone {
          display
          telUri
        }
      }
    }
  }
`

type SupportLine = {
  supportLine: {
    name: string
    phone: { display: string; e164: string }
    isOpenNow: boolean
    nextOpensAt: string | null
    closedForHoliday: string | null
    whenClosed: string | null
    openingHours: { days: string[]; opens: string; closes: string }[]
    emergencyNumbers: { kind: string; label: string; phone: { display: string; telUri: string } | null }[]
  }
}

/** Evaluated through the public API at fixed instants (Stockholm is UTC+1 in winter, UTC+2 in summer). */
describe('supportLine', () => {
  const api = apiClient()
  const at = async (instant: string) => (await api.request<SupportLine>(SUPPORT_LINE, { at: instant })).supportLine

  it('is open on a weekday at 10:00', async () => {
    const line = await at('2026-12-02T09:00:00Z')
    expect(line.isOpenNow).toBe(true)
    expect(line.nextOpensAt).toBe('2026-12-03T07:00:00.000Z')
  })

  it('is closed on a weekday at 20:00 and opens the next morning', async () => {
    const line = await at('2026-12-02T19:00:00Z')
    expect(line.isOpenNow).toBe(false)
    expect(line.nextOpensAt).toBe('2026-12-03T07:00:00.000Z')
  })

  it('is closed on a Saturday and opens on Monday', async () => {
    const line = await at('2026-12-05T10:00:00Z')
    expect(line.isOpenNow).toBe(false)
    expect(line.nextOpensAt).toBe('2026-12-07T07:00:00.000Z')
  })

  it('is closed on Midsommarafton', async () => {
    const line = await at('2026-06-19T08:00:00Z')
    expect(line).toMatchObject({ isOpenNow: false, closedForHoliday: 'Midsommarafton', nextOpensAt: '2026-06-22T06:00:00.000Z' })
  })

  it('is closed on Christmas Day', async () => {
    const line = await at('2026-12-25T09:00:00Z')
    expect(line).toMatchObject({ isOpenNow: false, closedForHoliday: 'Juldagen', nextOpensAt: '2026-12-28T07:00:00.000Z' })
  })

  it('gives the number, hours and emergency numbers in both languages', async () => {
    const sv = await at('2026-12-02T09:00:00Z')
    expect(sv.name).toBe('Nationell stödtelefon')
    expect(sv.phone).toEqual({ display: '020-390 000', e164: '+4620390000' })
    expect(sv.openingHours).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }])
    expect(sv.emergencyNumbers.map((entry) => entry.phone?.telUri ?? null)).toEqual(['tel:112', 'tel:11414', null])
    const en = (await api.request<SupportLine>(SUPPORT_LINE, { locale: 'EN' })).supportLine
    expect(en.name).toBe('National support line')
    expect(en.whenClosed).toMatch(/nspm@jamstalldhetsmyndigheten\.se/)
  })
})
