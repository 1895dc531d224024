import type { TextField } from 'payload'
import { t } from './i18n'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The stable, URL-safe identifier that the public API and the website use; not localized, never reused. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: t('Slug (webbadress)', 'Slug (URL key)'),
  admin: {
    position: 'sidebar',
    description: t(
      'Gemener, siffror och bindestreck, t.ex. "vast". Används i webbadresser och i API:t; ändra inte efter publicering.',
      'Lower-case letters, digits and hyphens, e.g. "vast". Used in URLs and the API; do not change after publishing.',
    ),
  },
  validate: (value: unknown) =>
    typeof value === 'string' && SLUG_PATTERN.test(value) ? true : 'Endast gemener a–z, siffror och bindestreck / Only lower-case a–z, digits and hyphens',
})
