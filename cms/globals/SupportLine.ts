import type { GlobalConfig } from 'payload'
import { isEditor, isStaff } from '../access/roles'
import { inLanguage, t } from '../fields/i18n'
import { emailField } from '../fields/validation/email'
import { phoneField } from '../fields/validation/phone'
import { updatedByField } from '../fields/updatedBy'
import { notifyGlobalChanged } from '../hooks/notify-content-changed'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const TIME_MESSAGE = t('Ange tid som TT:MM, t.ex. 09:00.', 'Enter the time as HH:MM, e.g. 09:00.')
const validTime = (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
  typeof value === 'string' && TIME.test(value) ? true : inLanguage(TIME_MESSAGE, req.i18n?.language)

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** The national support line run by NSPM, and where to turn when it is closed or in an emergency. */
export const SupportLine: GlobalConfig = {
  slug: 'support-line',
  label: t('Nationell stödtelefon', 'National support line'),
  access: {
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
    readVersions: isStaff,
    update: isEditor,
  },
  versions: { drafts: true, max: 100 },
  admin: {
    group: t('Kontakter', 'Contacts'),
    description: t('Stödtelefonen för yrkesverksamma och nödnumren.', 'The support line for professionals, and the emergency numbers.'),
  },
  hooks: { beforeChange: [({ data, req }) => (req.user ? { ...data, updatedBy: req.user.id } : data)], afterChange: [notifyGlobalChanged] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('T.ex. "Nationell stödtelefon".', 'E.g. "National support line".') },
    },
    phoneField({
      name: 'phone',
      required: true,
      label: t('Telefonnummer', 'Phone number'),
      admin: { description: t('T.ex. "020-390 000"; sparas i standardform och visas grupperat.', 'E.g. "020-390 000"; stored in standard form, shown grouped.') },
    }),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Vem kan ringa och vad man får hjälp med.', 'Who can call and what help they get.') },
    },
    {
      name: 'openingHours',
      type: 'array',
      label: t('Öppettider', 'Opening hours'),
      labels: { singular: t('Öppettid', 'Opening hours'), plural: t('Öppettider', 'Opening hours') },
      admin: { description: t('Tider i svensk tid. Stängt på helgdagar om inget annat anges.', 'Times in Swedish time. Closed on public holidays unless stated.') },
      fields: [
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          required: true,
          label: t('Dagar', 'Days'),
          options: [
            { value: 'mon', label: t('Måndag', 'Monday') },
            { value: 'tue', label: t('Tisdag', 'Tuesday') },
            { value: 'wed', label: t('Onsdag', 'Wednesday') },
            { value: 'thu', label: t('Torsdag', 'Thursday') },
            { value: 'fri', label: t('Fredag', 'Friday') },
            { value: 'sat', label: t('Lördag', 'Saturday') },
            { value: 'sun', label: t('Söndag', 'Sunday') },
          ],
          admin: { description: t('Veckodagarna som tiderna gäller.', 'The weekdays these hours apply to.') },
        },
        {
          type: 'row',
          fields: [
            { name: 'opens', type: 'text', required: true, label: t('Öppnar', 'Opens'), validate: validTime, admin: { description: t('TT:MM', 'HH:MM') } },
            { name: 'closes', type: 'text', required: true, label: t('Stänger', 'Closes'), validate: validTime, admin: { description: t('TT:MM', 'HH:MM') } },
          ],
        },
      ],
    },
    {
      name: 'closedOnPublicHolidays',
      type: 'checkbox',
      defaultValue: true,
      label: t('Stängt på helgdagar', 'Closed on public holidays'),
      admin: { description: t('Svenska allmänna helgdagar och aftnar.', 'Swedish public holidays and eves.') },
    },
    {
      name: 'whenClosed',
      type: 'textarea',
      localized: true,
      label: t('När stödtelefonen är stängd', 'When the line is closed'),
      admin: { description: t('Vart man vänder sig utanför öppettid.', 'Where to turn outside opening hours.') },
    },
    {
      name: 'emergencyNumbers',
      type: 'array',
      label: t('Nödnummer och jour', 'Emergency and on-call numbers'),
      labels: { singular: t('Nummer', 'Number'), plural: t('Nummer', 'Numbers') },
      admin: { description: t('112, polisen 114 14 och socialjouren.', '112, the police 114 14 and social services on call.') },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: t('Typ', 'Kind'),
          options: [
            { value: 'emergency', label: t('Akut fara', 'Immediate danger') },
            { value: 'police', label: t('Polisen', 'Police') },
            { value: 'social-services-on-call', label: t('Socialjour', 'Social services on call') },
          ],
          admin: { description: t('Vilken sorts nummer.', 'What kind of number.') },
        },
        { name: 'label', type: 'text', required: true, localized: true, label: t('Namn', 'Name'), admin: { description: t('T.ex. "SOS Alarm".', 'E.g. "Emergency services".') } },
        phoneField({
          name: 'number',
          label: t('Nummer', 'Number'),
          admin: { description: t('Lämna tomt om numret beror på kommunen (socialjouren).', 'Leave empty where the number depends on the municipality (social services).') },
        }),
        { name: 'whenToCall', type: 'textarea', localized: true, label: t('När man ringer', 'When to call'), admin: { description: t('T.ex. "Vid akut fara".', 'E.g. "In immediate danger".') } },
      ],
    },
    {
      type: 'row',
      fields: [
        emailField({ name: 'email', required: true, label: t('E-post', 'Email'), admin: { description: t('NSPM:s e-postadress.', "NSPM's email address.") } }),
        { name: 'website', type: 'text', required: true, label: t('Webbplats', 'Website'), admin: { description: t('NSPM:s webbplats.', "NSPM's website.") } },
      ],
    },
    updatedByField(),
  ],
}

