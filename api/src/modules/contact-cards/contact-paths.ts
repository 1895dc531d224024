import { Locale } from '../../common/locale'

/** Where the contact files live: vCards of the coordinator posts and the support line, and its opening hours. */
export const CONTACTS_PATH = '/contacts'
export const SUPPORT_LINE_VCARD_PATH = `${CONTACTS_PATH}/support-line.vcf`
export const SUPPORT_LINE_CALENDAR_PATH = `${CONTACTS_PATH}/support-line.ics`
export const coordinatorVcardPath = (id: string | number): string => `${CONTACTS_PATH}/coordinators/${id}.vcf`

/**
 * The absolute address of a contact file in `locale`. Swedish is the default; English is asked for with `?lang=en`
 * in the link itself, because a phone or calendar opening the link sends no Accept-Language of its choosing.
 */
export const contactFileUrl = (publicUrl: string, path: string, locale: Locale): string => `${publicUrl}${path}${locale === Locale.EN ? '?lang=en' : ''}`
