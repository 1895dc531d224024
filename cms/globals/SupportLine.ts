import type { GlobalConfig, PayloadRequest } from 'payload'
import { isEditor, isStaff } from '../access/roles'
import { EMERGENCY_APPLIES, type EmergencyApplies } from '../../contracts/select-values/facts'
import { WEEKDAYS, type Weekday } from '../../contracts/select-values/support-line'
import { inLanguage, t, type Bilingual } from '../fields/i18n'
import { emailField } from '../fields/validation/email'
import { phoneField } from '../fields/validation/phone'
import { updatedByField } from '../fields/updatedBy'
import { notifyGlobalChanged } from '../hooks/notify-content-changed'
import type { SupportLine as SupportLineDoc } from '../payload-types'

const WEEKDAY_LABELS: Record<Weekday, Bilingual> = {
  mon: t('Måndag', 'Monday'),
  tue: t('Tisdag', 'Tuesday'),
  wed: t('Onsdag', 'Wednesday'),
  thu: t('Torsdag', 'Thursday'),
  fri: t('Fredag', 'Friday'),
  sat: t('Lördag', 'Saturday'),
  sun: t('Söndag', 'Sunday'),
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const TIME_MESSAGE = t('Ange tid som TT:MM, t.ex. 09:00.', 'Enter the time as HH:MM, e.g. 09:00.')
const validTime = (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
  typeof value === 'string' && TIME.test(value) ? true : inLanguage(TIME_MESSAGE, req.i18n?.language)

const APPLIES_LABELS: Record<EmergencyApplies, Bilingual> = {
  always: t('Alltid, även när stödtelefonen är öppen', 'Always, also while the support line is open'),
  'line-closed': t('Bara när stödtelefonen är stängd', 'Only when the support line is closed'),
}

/** The national support line run by NSPM, the numbers that always apply in urgent cases, and where to turn when it is closed. */
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
    description: t(
      'Stödtelefonen för yrkesverksamma, numren som alltid gäller i brådskande ärenden och alternativen när den är stängd.',
      'The support line for professionals, the numbers that always apply in urgent cases, and the alternatives when it is closed.',
    ),
  },
  hooks: {
    beforeChange: [({ data, req }: { data: Partial<SupportLineDoc>; req: PayloadRequest }) => (req.user ? { ...data, updatedBy: req.user.id } : data)],
    afterChange: [notifyGlobalChanged],
  },
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
      admin: {
        description: t(
          'Tider i svensk tid. Stängt på helgdagar om inget annat anges. ATT BEKRÄFTA: broschyren säger bara "kontorstid på vardagar"; ' +
            '08:00–16:00 är ett antagande tills en redaktör har bekräftat tiderna nedan.',
          'Times in Swedish time. Closed on public holidays unless stated. TO BE CONFIRMED: the brochure only says "office hours on ' +
            'weekdays"; 08:00–16:00 is an assumption until an editor has confirmed the times below.',
        ),
      },
      fields: [
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          required: true,
          label: t('Dagar', 'Days'),
          options: WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] })),
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
      name: 'openingHoursConfirmed',
      type: 'checkbox',
      defaultValue: false,
      label: t('Öppettiderna är bekräftade', 'Opening hours confirmed'),
      admin: {
        description: t(
          'Kryssa i när en redaktör har bekräftat de exakta tiderna med stödtelefonen. Tills dess visar API:t tiderna som ett antagande.',
          'Tick when an editor has confirmed the exact times with the support line. Until then the API marks the times as an assumption.',
        ),
      },
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
      admin: {
        description: t(
          'Alternativen utanför öppettid (t.ex. e-post, regionkoordinatorn). Brådskande ärenden och akut fara hör hemma under numren nedan, som gäller alltid.',
          'The alternatives outside opening hours (e.g. email, the regional coordinator). Urgent cases and immediate danger belong in the numbers below, which always apply.',
        ),
      },
    },
    {
      name: 'emergencyNumbers',
      type: 'array',
      label: t('Nödnummer och jour', 'Emergency and on-call numbers'),
      labels: { singular: t('Nummer', 'Number'), plural: t('Nummer', 'Numbers') },
      admin: {
        description: t(
          'Brådskande ärenden: polisen 114 14 eller socialjouren; akut fara: 112. De gäller alltid, även när stödtelefonen är öppen.',
          'Urgent cases: the police 114 14 or social services on call; immediate danger: 112. They always apply, also while the support line is open.',
        ),
      },
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
        {
          name: 'appliesWhen',
          type: 'select',
          required: true,
          defaultValue: 'always',
          label: t('Gäller', 'Applies'),
          options: EMERGENCY_APPLIES.map((value) => ({ value, label: APPLIES_LABELS[value] })),
          admin: {
            description: t(
              'Brådskande nummer (112, 114 14, socialjour) gäller alltid: ingen ska behöva ringa stödtelefonen först.',
              'Urgent numbers (112, 114 14, social services on call) always apply: nobody should have to call the support line first.',
            ),
          },
        },
        { name: 'label', type: 'text', required: true, localized: true, label: t('Namn', 'Name'), admin: { description: t('T.ex. "SOS Alarm".', 'E.g. "Emergency services".') } },
        phoneField({
          name: 'number',
          label: t('Nummer', 'Number'),
          admin: { description: t('Lämna tomt om numret beror på kommunen (socialjouren).', 'Leave empty where the number depends on the municipality (social services).') },
        }),
        {
          name: 'whenToCall',
          type: 'textarea',
          localized: true,
          label: t('När man ringer', 'When to call'),
          admin: { description: t('T.ex. "Vid akut fara".', 'E.g. "In immediate danger".') },
        },
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
