import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { Locale } from '../../common/locale'
import { enumOf } from '../../common/select-enum'
import { ORDER_STATUSES } from '../../../../contracts/select-values/orders'

export const OrderStatus = enumOf(ORDER_STATUSES)
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus]

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order of printed material is.',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet handled.' },
    PROCESSING: { description: 'Being packed.' },
    SHIPPED: { description: 'Sent to the delivery address.' },
    CANCELLED: { description: 'Cancelled by NSPM.' },
  },
})

@InputType('OrderItemInput', { description: 'One line of an order.' })
export class OrderItemInput {
  @Field(() => ID, { description: 'The `id` of an orderable publication (see `publications(orderable: true)`).' })
  publicationId!: string

  @Field(() => Int, { description: "Copies, 1 up to the publication's `maxQuantityPerOrder`." })
  quantity!: number
}

@InputType('OrdererInput', { description: 'Who orders; used only to deliver and to answer questions about the order.' })
export class OrdererInput {
  @Field(() => String, { description: 'Name, 1–100 characters, without web or email addresses.' })
  name!: string

  @Field(() => String, { description: 'Organisation or workplace, 1–150 characters, without web or email addresses.' })
  organisation!: string

  @Field(() => String, {
    description:
      'Email address for the confirmation and delivery notices: the only address NSPM writes to about the order. The notices name the order number, the lines and the postcode and post town, never the other fields.',
  })
  email!: string

  @Field(() => String, {
    description: 'Phone number for questions about the delivery: Swedish with its area code ("031-365 00 00") or foreign with + and country code. Stored in E.164.',
  })
  phone!: string
}

@InputType('DeliveryAddressInput', { description: 'A Swedish postal address.' })
export class DeliveryAddressInput {
  @Field(() => String, { description: 'Street and number, 1–150 characters, without web or email addresses.' })
  street!: string

  @Field(() => String, { description: 'Postcode: five digits, the first 1–9, e.g. "411 04" or "41104"; stored as "411 04".' })
  postcode!: string

  @Field(() => String, { description: 'Post town, 1–80 characters: letters, spaces and hyphens.' })
  city!: string
}

@InputType('OrderMaterialInput', { description: 'An order of printed material.' })
export class OrderMaterialInput {
  @Field(() => String, {
    description:
      'A key the client generates once per order (8–100 characters: letters, digits, - and _). Retrying with it returns the first result, uncounted; sending it with a different order is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey!: string

  @Field(() => [OrderItemInput], { description: '1–20 lines, each publication at most once.' })
  items!: OrderItemInput[]

  @Field(() => OrdererInput, { description: 'Who orders.' })
  orderer!: OrdererInput

  @Field(() => DeliveryAddressInput, { description: 'Where to deliver.' })
  deliveryAddress!: DeliveryAddressInput

  @Field(() => Locale, { nullable: true, description: 'Language of the emails about the order; defaults to Swedish.' })
  locale?: Locale | null
}

@ObjectType('OrderLine', { description: 'One line of a placed order.' })
export class OrderLineView {
  @Field(() => ID, { description: 'The publication ordered.' })
  publicationId!: string

  @Field(() => Int, { description: 'Copies.' })
  quantity!: number
}

@ObjectType('MaterialOrderReceipt', { description: "The answer to an order: its number and lines, without the orderer's personal data." })
export class MaterialOrderReceipt {
  @Field(() => String, { description: 'The order number, e.g. "NSPM-2026-000042", for questions about the order.' })
  orderNumber!: string

  @Field(() => OrderStatus, { description: "The order's status." })
  status!: OrderStatus

  @Field(() => [OrderLineView], { description: 'What was ordered.' })
  items!: OrderLineView[]
}
