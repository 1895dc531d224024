import type { CollectionConfig } from 'payload'
import { t, type Bilingual } from '../fields/i18n'
import { ORGANISATION_TYPES, type OrganisationType } from '../../contracts/select-values/organisations'
import { slugField } from '../fields/slug'
import { emailField } from '../fields/validation/email'
import { phoneField } from '../fields/validation/phone'
import { editorial } from './content'

const TYPE_LABELS: Record<OrganisationType, Bilingual> = {
  'government-agency': t('Statlig myndighet', 'Government agency'),
  'county-board': t('Länsstyrelse', 'County administrative board'),
  'social-services': t('Socialtjänst', 'Social services'),
  'health-care': t('Hälso- och sjukvård', 'Health care'),
  'civil-society': t('Civilsamhälle', 'Civil society'),
  'international-organisation': t('Internationell organisation', 'International organisation'),
  'coordinating-agency': t('Samordnande myndighet (NSPM)', 'Coordinating agency (NSPM)'),
}

/** Agencies, county boards, social services, health care, civil society, IOM, and the Gender Equality Agency itself. */
export const Organisations: CollectionConfig = editorial({
  slug: 'organisations',
  labels: { singular: t('Organisation', 'Organisation'), plural: t('Organisationer', 'Organisations') },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'type', '_status'],
    group: t('Aktörer', 'Actors'),
    description: t('Myndigheter och andra aktörer i arbetet mot människohandel.', 'Agencies and other actors against human trafficking.'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('Fullständigt namn, t.ex. "Migrationsverket".', 'Full name, e.g. "Swedish Migration Agency".') },
    },
    slugField(),
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: t('Förkortning', 'Short name'),
      admin: { description: t('Valfri förkortning, t.ex. "IOM".', 'Optional abbreviation, e.g. "IOM".') },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: t('Typ', 'Type'),
      options: ORGANISATION_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      admin: { description: t('Vilken sorts aktör det är.', 'What kind of actor this is.') },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Aktörens roll i stöd- och skyddsprocessen.', "The actor's role in the support and protection process.") },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'partOf',
          type: 'relationship',
          relationTo: 'organisations',
          label: t('Del av', 'Part of'),
          admin: {
            description: t(
              'Organisationen den ingår i, t.ex. NSPM i Jämställdhetsmyndigheten.',
              'The organisation it belongs to, e.g. NSPM in the Swedish Gender Equality Agency.',
            ),
          },
        },
        {
          name: 'location',
          type: 'text',
          label: t('Ort', 'Location'),
          admin: { description: t('Där organisationen har sitt säte, t.ex. "Göteborg".', 'Where the organisation is based, e.g. "Göteborg".') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'website',
          type: 'text',
          label: t('Webbplats', 'Website'),
          admin: { description: t('Fullständig adress med https://.', 'Full address with https://.') },
        },
        emailField({
          name: 'email',
          label: t('E-post', 'Email'),
          admin: { description: t('Allmän funktionsadress.', 'General shared address.') },
        }),
        phoneField({
          name: 'phone',
          label: t('Telefon', 'Phone'),
          admin: { description: t('Växel eller kontaktnummer, t.ex. "08-123 456 78".', 'Switchboard or contact number, e.g. "08-123 456 78".') },
        }),
      ],
    },
  ],
})
