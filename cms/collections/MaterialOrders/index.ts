import type { CollectionConfig } from 'payload'
import { isOrderHandler, nobody, nobodyField } from '../../access/roles'
import { t } from '../../fields/i18n'
import { emailLocaleField } from '../../fields/emailLocale'
import { emailField } from '../../fields/validation/email'
import { phoneField } from '../../fields/validation/phone'
import { postcodeField } from '../../fields/validation/postcode'
import { stampAuditActorOnChange } from '../../audit/actor'
import { enforceStatusTransition } from './hooks/enforceStatusTransition'
import { enqueueStatusMail } from './hooks/enqueueStatusMail'
import { keepOrderDetailsFixed } from './hooks/keepOrderDetailsFixed'
import { MIN_QUANTITY, ORDER_LINES, ORDER_STATUSES, STATUS_LABELS } from '../../../contracts/select-values/orders'

/**
 * Orders of printed material (personal data). Written by the public API; order handlers change the status and
 * their note, nothing the orderer sent (hooks/keepOrderDetailsFixed.ts). Every change is in the audit trail.
 */
export const MaterialOrders: CollectionConfig = {
  slug: 'material-orders',
  labels: { singular: t('Beställning', 'Material order'), plural: t('Materialbeställningar', 'Material orders') },
  access: { read: isOrderHandler, create: nobody, update: isOrderHandler, delete: nobody },
  graphQL: false,
  // The queue: newest first; the list's filter on status needs nothing more than the select field.
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [keepOrderDetailsFixed], beforeChange: [stampAuditActorOnChange, enforceStatusTransition], afterChange: [enqueueStatusMail] },
  admin: {
    useAsTitle: 'orderNumber',
    // `items` shows as its row count ("3 Artiklar"), the item count the queue needs.
    defaultColumns: ['orderNumber', 'status', 'createdAt', 'items'],
    group: t('Inkommande', 'Intake'),
    description: t('Beställt tryckt material. Innehåller personuppgifter.', 'Orders of printed material. Contains personal data.'),
  },
  fields: [
    {
      name: 'orderNumber',
      type: 'text',
      required: true,
      unique: true,
      access: { update: nobodyField },
      label: t('Ordernummer', 'Order number'),
      admin: { readOnly: true, description: t('Ges av systemet.', 'Assigned by the system.') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: t('Status', 'Status'),
      options: ORDER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        description: t(
          'Mottagen → behandlas → skickad eller makulerad. Skickad och makulerad är slutgiltiga och mejlas till beställaren.',
          'Received → processing → shipped or cancelled. Shipped and cancelled are final and emailed to the orderer.',
        ),
      },
    },
    emailLocaleField(t('Språket för e-post till beställaren.', 'The language of emails to the orderer.'), { position: 'sidebar', readOnly: true }),
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: ORDER_LINES.min,
      maxRows: ORDER_LINES.max,
      label: t('Artiklar', 'Items'),
      labels: { singular: t('Artikel', 'Item'), plural: t('Artiklar', 'Items') },
      admin: { readOnly: true, description: t('Beställda publikationer och antal.', 'Ordered publications and quantities.') },
      fields: [
        {
          name: 'publication',
          type: 'relationship',
          relationTo: 'publications',
          required: true,
          label: t('Publikation', 'Publication'),
          admin: { description: t('Det beställda materialet.', 'The material ordered.') },
        },
        { name: 'quantity', type: 'number', required: true, min: MIN_QUANTITY, label: t('Antal', 'Quantity'), admin: { description: t('Antal exemplar.', 'Number of copies.') } },
      ],
    },
    {
      name: 'orderer',
      type: 'group',
      label: t('Beställare', 'Orderer'),
      admin: {
        readOnly: true,
        description: t('Som beställaren angav dem; raderas automatiskt en tid efter leverans.', 'As the orderer gave them; erased automatically some time after delivery.'),
      },
      fields: [
        { name: 'name', type: 'text', label: t('Namn', 'Name'), admin: { description: t('Beställarens namn.', "The orderer's name.") } },
        { name: 'organisation', type: 'text', label: t('Organisation', 'Organisation'), admin: { description: t('Arbetsplats.', 'Workplace.') } },
        emailField({ name: 'email', label: t('E-post', 'Email'), admin: { description: t('För bekräftelse och leveransbesked.', 'For confirmation and delivery notices.') } }),
        phoneField({ name: 'phone', label: t('Telefon', 'Phone'), admin: { description: t('Vid frågor om leveransen.', 'For questions about delivery.') } }),
      ],
    },
    {
      name: 'deliveryAddress',
      type: 'group',
      label: t('Leveransadress', 'Delivery address'),
      admin: { readOnly: true, description: t('Svensk postadress, som beställaren angav den.', 'A Swedish postal address, as the orderer gave it.') },
      fields: [
        { name: 'street', type: 'text', label: t('Gatuadress', 'Street'), admin: { description: t('Gata och nummer.', 'Street and number.') } },
        postcodeField({ name: 'postcode', label: t('Postnummer', 'Postcode'), admin: { description: t('Fem siffror, sparas som "123 45".', 'Five digits, stored as "123 45".') } }),
        { name: 'city', type: 'text', label: t('Ort', 'City'), admin: { description: t('Postort.', 'Post town.') } },
      ],
    },
    // Written by the status hook only: a client's value is replaced by the stored one before hooks run.
    {
      name: 'shippedAt',
      type: 'date',
      access: { update: nobodyField },
      label: t('Skickad', 'Shipped at'),
      admin: { position: 'sidebar', readOnly: true, description: t('Sätts när statusen blir skickad.', 'Set when the status becomes shipped.') },
    },
    {
      name: 'cancelledAt',
      type: 'date',
      access: { update: nobodyField },
      label: t('Makulerad', 'Cancelled at'),
      admin: { position: 'sidebar', readOnly: true, description: t('Sätts när statusen blir makulerad.', 'Set when the status becomes cancelled.') },
    },
    {
      name: 'personalDataErasedAt',
      type: 'date',
      access: { update: nobodyField },
      label: t('Personuppgifter raderade', 'Personal data erased'),
      admin: { position: 'sidebar', readOnly: true, description: t('När beställarens uppgifter togs bort.', "When the orderer's details were removed.") },
    },
    { name: 'handlerNote', type: 'textarea', label: t('Intern anteckning', 'Internal note'), admin: { description: t('Syns bara för personal.', 'Visible to staff only.') } },
  ],
}
