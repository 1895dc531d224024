import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { ApiContext } from '../../context'
import { orderMaterial } from './order.service'
import { MaterialOrderReceipt, OrderMaterialInput } from './order.types'

@Resolver()
export class OrderResolver {
  @Mutation(() => MaterialOrderReceipt, {
    description:
      'Orders printed material from the catalogue (`publications(orderable: true)`). BAD_USER_INPUT names every invalid field in ' +
      '`extensions.fields`; retrying with the same idempotency key returns the first result; RATE_LIMITED when one client orders too often.',
  })
  orderMaterial(@Arg('input', () => OrderMaterialInput, { description: 'The order.' }) input: OrderMaterialInput, @Ctx() ctx: ApiContext): Promise<MaterialOrderReceipt> {
    return orderMaterial(ctx.em, input, ctx.clientIp)
  }
}
