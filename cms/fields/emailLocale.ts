import type { SelectField } from 'payload'
import { t, type Bilingual } from './i18n'

/** The language a person's emails are written in (Swedish or English), as the public API stored it. */
export const emailLocaleField = (description: Bilingual, admin: { position?: 'sidebar'; readOnly?: boolean } = {}): SelectField => ({
  name: 'locale',
  type: 'select',
  required: true,
  defaultValue: 'sv',
  label: t('Språk', 'Language'),
  options: [
    { value: 'sv', label: t('Svenska', 'Swedish') },
    { value: 'en', label: t('Engelska', 'English') },
  ],
  admin: { ...admin, description },
})
