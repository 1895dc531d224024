import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { ApiContext } from '../../context'
import { orderMaterial } from './order.service'
import { MaterialOrderReceipt, OrderMaterialInput } from './order.types'

@Resolver()
export class OrderResolver {
  @Mutation(() => MaterialOrderReceipt, {
    description:
      'Orders printed material from the catalogue (`publications(orderable: true)`). BAD_USER_INPUT names every invalid field in ' +
      '`extensions.fields`. Retrying with the same idempotency key returns the first result and never counts against a limit; ' +
      'the same key with a different order is IDEMPOTENCY_KEY_REUSED. RATE_LIMITED (HTTP 429) when the caller has placed its quota ' +
      'of orders within the window (see the RateLimit headers); `extensions.retryAfter` says in how many seconds an order can be placed again.',
  })
  orderMaterial(@Arg('input', () => OrderMaterialInput, { description: 'The order.' }) input: OrderMaterialInput, @Ctx() ctx: ApiContext): Promise<MaterialOrderReceipt> {
    return orderMaterial(ctx.em, input, ctx.limits)
  }
}
