import { rfc6350PhoneType, type PhoneNumber } from '../../common/phone'
import { hsdsId } from './hsds-ids'
import type { HsdsPhone } from './hsds.types'

type Owner = { service_id?: string; organization_id?: string; contact_id?: string }

/** A published number as HSDS writes it: E.164 where there is one (a short number such as 114 14 as written). */
export function hsdsPhone(phone: PhoneNumber, key: string, owner: Owner): HsdsPhone {
  return {
    id: hsdsId('phone', key),
    ...owner,
    number: phone.e164 ?? phone.display,
    type: rfc6350PhoneType(phone.type),
    description: phone.label ?? undefined,
  }
}
