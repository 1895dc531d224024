import { GROUPS, SERVICE_GROUPS, SHORT_GROUPS } from '../../contracts/validation/phone-number'
import { PREMIUM_RATE, SERVICE_CODES, THREE_DIGIT_CODES, TWO_DIGIT_CODES } from '../../contracts/validation/swedish-area-codes'

/**
 * displayPhone (contracts/validation/phone-number.ts) in SQL, generated from the same numbering plan and grouping
 * tables: the json_agg statement must answer byte for byte what the API answers. `laterals(value)` adds the
 * columns `pd_v` (the trimmed value), `pd_nsn`, `pd_code`, `pd_sn`; `PHONE_DISPLAY` is the display text.
 * tests/api/phone-display-sql.test.ts compares the two over many numbers.
 */
const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')

function grouped(digits: string, groups: Readonly<Record<number, readonly number[]>>): string {
  const cases = Object.entries(groups).map(([length, sizes]) => {
    let at = 1
    const parts = sizes.map((size) => {
      const part = `substr(${digits}, ${at}, ${size})`
      at += size
      return part
    })
    return `WHEN ${length} THEN ${parts.join(` || ' ' || `)}`
  })
  return `CASE length(${digits}) ${cases.join(' ')} ELSE ${digits} END`
}

export const phoneDisplayLaterals = (value: string): string => `
  CROSS JOIN LATERAL (SELECT btrim(${value}) AS pd_v) pd1
  CROSS JOIN LATERAL (SELECT CASE WHEN pd1.pd_v ~ '^[+]46[0-9]+$' THEN substr(pd1.pd_v, 4) END AS pd_nsn) pd2
  CROSS JOIN LATERAL (SELECT CASE WHEN pd2.pd_nsn LIKE '8%' THEN '8'
                                  WHEN substr(pd2.pd_nsn, 1, 3) IN (${list(PREMIUM_RATE)}) THEN substr(pd2.pd_nsn, 1, 3)
                                  WHEN substr(pd2.pd_nsn, 1, 2) IN (${list(TWO_DIGIT_CODES)}) THEN substr(pd2.pd_nsn, 1, 2)
                                  WHEN substr(pd2.pd_nsn, 1, 3) IN (${list(THREE_DIGIT_CODES)}) THEN substr(pd2.pd_nsn, 1, 3) END AS pd_code) pd3
  CROSS JOIN LATERAL (SELECT substr(pd2.pd_nsn, length(pd3.pd_code) + 1) AS pd_sn) pd4`

export const PHONE_DISPLAY = `CASE
    WHEN pd2.pd_nsn IS NOT NULL AND pd3.pd_code IS NULL THEN '0' || pd2.pd_nsn
    WHEN pd2.pd_nsn IS NOT NULL THEN '0' || pd3.pd_code || '-' || CASE WHEN pd3.pd_code IN (${list(SERVICE_CODES)})
      THEN ${grouped('pd4.pd_sn', SERVICE_GROUPS)} ELSE ${grouped('pd4.pd_sn', GROUPS)} END
    WHEN pd1.pd_v ~ '^[0-9]+$' THEN ${grouped('pd1.pd_v', SHORT_GROUPS)}
    ELSE pd1.pd_v END`
