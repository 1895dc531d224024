import { t, type Bilingual } from '../bilingual'

/*
 * The choices of the contact fields, with their labels in both languages. No Payload imports: the CMS's fields and
 * the API's coordinator-check form and emails (api/src/modules/coordinator-checks) offer and name the same values.
 */

export type ContactOption<Value extends string = string> = { readonly value: Value; readonly label: Bilingual }

export const PHONE_TYPE_OPTIONS = [
  { value: 'office', label: t('Direktnummer', 'Direct line') },
  { value: 'mobile', label: t('Mobil', 'Mobile') },
  { value: 'switchboard', label: t('Växel', 'Switchboard') },
  { value: 'sms', label: t('Endast sms', 'Text messages only') },
] as const satisfies readonly ContactOption[]

export const PHONE_TYPES = PHONE_TYPE_OPTIONS.map((option) => option.value)

/** ISO 639-1 codes of the languages a coordinator can take calls in. */
export const LANGUAGE_OPTIONS = [
  { value: 'sv', label: t('Svenska', 'Swedish') },
  { value: 'en', label: t('Engelska', 'English') },
  { value: 'ar', label: t('Arabiska', 'Arabic') },
  { value: 'es', label: t('Spanska', 'Spanish') },
  { value: 'fr', label: t('Franska', 'French') },
  { value: 'de', label: t('Tyska', 'German') },
  { value: 'pl', label: t('Polska', 'Polish') },
  { value: 'ro', label: t('Rumänska', 'Romanian') },
  { value: 'ru', label: t('Ryska', 'Russian') },
  { value: 'th', label: t('Thailändska', 'Thai') },
  { value: 'uk', label: t('Ukrainska', 'Ukrainian') },
] as const satisfies readonly ContactOption[]
