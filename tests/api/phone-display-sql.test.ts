import { describe, expect, inject, it } from 'vitest'
import { toPhoneNumber } from '../../api/src/common/phone'
import { PHONE_DISPLAY, phoneDisplayLaterals } from '../bench/phone-display-sql'
import { withClient } from '../helpers/test-database'

/** The benchmark's json_agg statement must format phone numbers exactly as the API does (it compares the data). */
describe('phone display in SQL (the benchmark) and in the API', () => {
  const samples = [
    '+46313650000',
    '+46812345678',
    '+468123456',
    '+4681234567',
    '+4647012345',
    '+46470123456',
    '+46701234567',
    '+4620390000',
    '+46771567567',
    '+46101234567',
    '+46101000001',
    '+4640341000',
    '+4690123456',
    '+46920123456',
    '+46201234',
    '+46900123456',
    '+4612412345',
    '+4722000000',
    '112',
    '11414',
    '1177',
    '116000',
    '031-365 00 00',
    ' 020-390 000 ',
    '0313650000',
    'ring växeln',
  ]

  it('gives the same display text for every kind of stored value', async () => {
    const values = samples.map((_, index) => `($${index + 1}::text, ${index})`).join(', ')
    const { rows } = await withClient(inject('databaseUrl'), (db) =>
      db.query<{ display: string }>(`SELECT ${PHONE_DISPLAY} AS display FROM (VALUES ${values}) AS s(number, n) ${phoneDisplayLaterals('s.number')} ORDER BY s.n`, samples),
    )
    expect(rows.map((row) => row.display)).toEqual(samples.map((sample) => toPhoneNumber(sample).display))
  })
})
