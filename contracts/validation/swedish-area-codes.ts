/**
 * Swedish national destination codes (the area code without the trunk 0), from PTS's "Svensk nummerplan för
 * telefoni enligt ITU-T E.164" as encoded in libphonenumber's resources/PhoneNumberMetadata.xml, territory SE
 * (fixedLine, mobile, pager, tollFree, premiumRate, sharedCost, personalNumber). Area codes are 2–4 digits with the 0:
 * 08 alone has one digit after the 0, the codes below two or three.
 *
 * Pure data with no imports: the CMS's fields and the public API (api/src/common/phone.ts) both use it, and the
 * benchmark's SQL (tests/bench/json-agg-sql.ts) is generated from it.
 */

/** Two digits after the 0: the large towns' area codes, 010 (location-independent), 020 (freephone) and 07x. */
const TWO_DIGIT_GEOGRAPHIC = ['11', '13', '16', '18', '19', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44', '46', '54', '60', '63', '90'] as const
const MOBILE = ['70', '72', '73', '76', '79'] as const
/** 074 pagers and machine numbers, 075 personal numbers: nine digits like mobiles. */
const OTHER_PERSONAL = ['74', '75'] as const
const LOCATION_INDEPENDENT = '10'
const FREEPHONE = '20'

/** Three digits after the 0 (four-digit area codes such as 0470), by leading digit, as ranges are easier to check. */
const GEOGRAPHIC_THREE_DIGIT_SPEC: Record<string, string> = {
  '1': '120-123 125 140-144 150-152 155-159 171 173-176',
  '2': '220-227 240 241 243 246-248 250 251 253 258 270 271 278 280 281 290-295 297',
  '3': '300-304 320-322 325 340 345 346 370-372 380-383 390 392 393',
  '4': '410 411 413-418 430 431 433 435 451 454-457 459 470-472 474 476-479 480 481 485 486 490-496 498 499',
  '5': '500-506 510-515 520-526 528 530-534 550-555 560 563-565 570 571 573 580-587 589 590 591',
  '6': '611-613 620-624 640 642-645 647 650-653 657 660-663 670-672 680 682 684 687 690-693 695 696',
  '9': '910-916 918 920-929 930 932-935 940-943 950-954 960 961 970 971 973 975-978 980 981',
}

const expand = (spec: string): string[] =>
  spec.split(' ').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number) as [number, number?]
    return Array.from({ length: to - from + 1 }, (_, index) => String(from + index))
  })

export const THREE_DIGIT_GEOGRAPHIC: readonly string[] = Object.values(GEOGRAPHIC_THREE_DIGIT_SPEC).flatMap(expand)
/** 0770–0777 shared cost ("0771-567 567"), 0900, 0939 and 0944 premium rate. */
const SHARED_COST = expand('770-777')
export const PREMIUM_RATE = ['900', '939', '944'] as const

export const TWO_DIGIT_CODES: readonly string[] = [...TWO_DIGIT_GEOGRAPHIC, ...MOBILE, ...OTHER_PERSONAL, LOCATION_INDEPENDENT, FREEPHONE]
export const THREE_DIGIT_CODES: readonly string[] = [...THREE_DIGIT_GEOGRAPHIC, ...SHARED_COST, ...PREMIUM_RATE]

/** Service numbers (freephone, shared cost, premium): six-digit subscriber numbers are written 3 + 3, "020-390 000". */
export const SERVICE_CODES: readonly string[] = [FREEPHONE, ...SHARED_COST, ...PREMIUM_RATE]

/** How many digits may follow the area code, from the same numbering plan. */
export function subscriberLengths(code: string): readonly [number, number] {
  if (code === '8') return [5, 8]
  if (code === LOCATION_INDEPENDENT || (MOBILE as readonly string[]).includes(code) || (OTHER_PERSONAL as readonly string[]).includes(code)) return [7, 7]
  if (code === FREEPHONE) return [4, 7]
  if (SHARED_COST.includes(code)) return [6, 6]
  if ((PREMIUM_RATE as readonly string[]).includes(code)) return [4, 7]
  return code.length === 2 ? [5, 7] : [5, 6]
}

/** The area code (without the 0) at the start of a national significant number, or null when none is allocated. */
export function areaCodeOf(nationalNumber: string): string | null {
  if (nationalNumber.startsWith('8')) return '8'
  // 0900 is premium rate, not Umeå's 090 (whose subscriber numbers never start with 0).
  if ((PREMIUM_RATE as readonly string[]).includes(nationalNumber.slice(0, 3))) return nationalNumber.slice(0, 3)
  const two = nationalNumber.slice(0, 2)
  if (TWO_DIGIT_CODES.includes(two)) return two
  const three = nationalNumber.slice(0, 3)
  return THREE_DIGIT_CODES.includes(three) ? three : null
}
