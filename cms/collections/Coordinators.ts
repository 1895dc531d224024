import type { CollectionConfig } from 'payload'
import { changeCoordinator, createCoordinator, keepRegionalEditorInRegion } from '../access/coordinators'
import { regionOf } from '../access/roles'
import { verificationFields } from '../coordinators/verificationFields'
import { verifyCoordinator } from '../coordinators/verifyEndpoint'
import { LANGUAGE_OPTIONS } from '../../contracts/select-values/contact'
import { t, type Bilingual } from '../fields/i18n'
import { COORDINATOR_STATUSES, type CoordinatorStatus } from '../../contracts/select-values/coordinators'
import { phonesField } from '../fields/phones'
import { validateEmail } from '../fields/validation/email'
import { editorial, editorialAccess } from './content'

const STATUS_LABELS: Record<CoordinatorStatus, Bilingual> = {
  active: t('I tjänst', 'Active'),
  vacant: t('Vakant', 'Vacant'),
  'temporarily-unavailable': t('Tillfälligt otillgänglig', 'Temporarily unavailable'),
  'details-pending': t('Kontaktuppgifter saknas', 'Contact details to be filled in'),
}

/** The regional coordinators against prostitution and human trafficking: the contact a professional needs. */
export const Coordinators: CollectionConfig = editorial({
  slug: 'coordinators',
  labels: { singular: t('Regionkoordinator', 'Regional coordinator'), plural: t('Regionkoordinatorer', 'Regional coordinators') },
  defaultSort: 'title',
  // Regional editors change their own region's coordinators only; reading is as for every editorial collection.
  access: { ...editorialAccess, create: createCoordinator, update: changeCoordinator, delete: changeCoordinator },
  hooks: { beforeChange: [keepRegionalEditorInRegion] },
  endpoints: [verifyCoordinator],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'region', 'hostMunicipality', 'status', 'lastVerifiedAt', '_status'],
    // The list's search box: a post's title or the person holding it.
    listSearchableFields: ['title', 'personName'],
    group: t('Kontakter', 'Contacts'),
    description: t(
      'Regionkoordinatorer mot prostitution och människohandel. Kontrollera uppgifterna regelbundet: ett felaktigt nummer skickar en yrkesverksam till ingen.',
      'Regional coordinators against prostitution and human trafficking. Verify the details regularly: a wrong number sends a professional to nobody.',
    ),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: t('Funktionstitel', 'Functional title'),
      admin: {
        description: t(
          'Tjänstens titel, t.ex. "Regionkoordinator mot prostitution och människohandel, region Väst".',
          'The post\'s title, e.g. "Regional coordinator against prostitution and human trafficking, West region".',
        ),
      },
    },
    {
      name: 'personName',
      type: 'text',
      label: t('Personens namn', "Person's name"),
      admin: { description: t('Valfritt. Lämna tomt om tjänsten är vakant.', 'Optional. Leave empty while the post is vacant.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'relationship',
          relationTo: 'regions',
          required: true,
          index: true,
          // A regional editor may only create in their own region: start there.
          defaultValue: ({ user }) => regionOf(user),
          label: t('Region', 'Region'),
          admin: { description: t('Polisregionen som koordinatorn ansvarar för.', 'The police region the coordinator covers.') },
        },
        {
          name: 'hostMunicipality',
          type: 'relationship',
          relationTo: 'municipalities',
          label: t('Värdkommun', 'Host municipality'),
          admin: {
            description: t('Kommunen vars socialtjänst är arbetsgivare.', 'The municipality whose social services employ the coordinator.'),
          },
        },
      ],
    },
    {
      name: 'employer',
      type: 'text',
      localized: true,
      label: t('Arbetsgivare (enhet)', 'Employer (unit)'),
      admin: {
        description: t('Socialtjänstens enhet, t.ex. "Socialförvaltningen Centrum".', 'The social services unit, e.g. "Social services, City Centre".'),
      },
    },
    phonesField(),
    {
      name: 'email',
      type: 'email',
      label: t('E-post', 'Email'),
      validate: validateEmail,
      admin: { description: t('Tjänstens e-postadress, helst en funktionsadress.', "The post's email address, preferably a shared one.") },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: t('Språk', 'Languages'),
      defaultValue: ['sv'],
      options: [...LANGUAGE_OPTIONS],
      admin: { description: t('Språk som koordinatorn kan ta samtal på.', 'Languages the coordinator can take calls in.') },
    },
    {
      name: 'tasks',
      type: 'array',
      label: t('Arbetsuppgifter', 'Tasks'),
      labels: { singular: t('Arbetsuppgift', 'Task'), plural: t('Arbetsuppgifter', 'Tasks') },
      admin: { description: t('Vad koordinatorn kan hjälpa till med.', 'What the coordinator can help with.') },
      fields: [
        {
          name: 'task',
          type: 'text',
          required: true,
          localized: true,
          label: t('Uppgift', 'Task'),
          admin: { description: t('En uppgift, en mening.', 'One task, one sentence.') },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      // Payload's draft state `_status` already takes the enum name `enum_coordinators_status`.
      enumName: 'enum_coordinators_post_status',
      required: true,
      defaultValue: 'details-pending',
      index: true,
      // Not just "Status": the list also shows Payload's publishing status.
      label: t('Tjänstens status', 'Post status'),
      options: COORDINATOR_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        description: t(
          'Utan aktiv koordinator hänvisar API:t till den nationella stödtelefonen.',
          'Without an active coordinator the API refers callers to the national support line.',
        ),
      },
    },
    {
      name: 'alert',
      type: 'textarea',
      localized: true,
      label: t('Viktigt meddelande', 'Alert'),
      admin: {
        description: t('Visas framträdande, t.ex. "Föräldraledig till 1 mars, ring stödtelefonen".', 'Shown prominently, e.g. "On leave until 1 March, call the support line".'),
      },
    },
    ...verificationFields(),
  ],
})
