import type { CollectionConfig } from 'payload'
import { t, type Bilingual } from '../fields/i18n'
import { NETWORK_TYPES, type NetworkType } from '../../contracts/select-values/organisations'
import { slugField } from '../fields/slug'
import { editorial } from './content'

const TYPE_LABELS: Record<NetworkType, Bilingual> = {
  'methods-support-team': t('Metodstödsteam', 'Methods support team'),
  'multi-agency': t('Myndighetsgemensamt arbete', 'Multi-agency cooperation'),
  'regional-centre': t('Regionalt center', 'Regional centre'),
  'spearhead-group': t('Spetsgrupp', 'Spearhead group'),
}

/** Networks of actors: NMT, the multi-agency work against work-life crime, its regional centres, spearhead groups. */
export const Networks: CollectionConfig = editorial({
  slug: 'networks',
  labels: { singular: t('Nätverk', 'Network'), plural: t('Nätverk', 'Networks') },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'type', '_status'],
    group: t('Aktörer', 'Actors'),
    description: t('Samverkansnätverk och deras medlemmar.', 'Cooperation networks and their members.'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('T.ex. "Nationellt metodstödsteam".', 'E.g. "National Task Force against Prostitution and Human Trafficking".') },
    },
    slugField(),
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: t('Förkortning', 'Short name'),
      admin: { description: t('T.ex. "NMT" eller "AKC".', 'E.g. "NMT" or "AKC".') },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: t('Typ', 'Type'),
      options: NETWORK_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      admin: { description: t('Vilken sorts nätverk det är.', 'What kind of network this is.') },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Nätverkets syfte och arbete.', "The network's purpose and work.") },
    },
    {
      name: 'coordinatedBy',
      type: 'relationship',
      relationTo: 'organisations',
      label: t('Samordnas av', 'Coordinated by'),
      admin: { description: t('Organisationen som leder nätverket.', 'The organisation that leads the network.') },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: t('Medlemsorganisationer', 'Member organisations'),
      admin: { description: t('Organisationer som ingår i nätverket.', 'Organisations taking part in the network.') },
    },
    {
      name: 'coordinators',
      type: 'relationship',
      relationTo: 'coordinators',
      hasMany: true,
      label: t('Regionkoordinatorer', 'Regional coordinators'),
      admin: { description: t('Koordinatorer som ingår, t.ex. i en spetsgrupp.', 'Coordinators who take part, e.g. in a spearhead group.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'relationship',
          relationTo: 'regions',
          label: t('Region', 'Region'),
          admin: { description: t('För regionala nätverk.', 'For regional networks.') },
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'networks',
          label: t('Ingår i', 'Part of'),
          admin: { description: t('Överordnat nätverk, t.ex. för ett regionalt center.', 'The wider network, e.g. for a regional centre.') },
        },
      ],
    },
  ],
})
