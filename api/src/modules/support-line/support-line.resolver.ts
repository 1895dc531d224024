import { DateTimeISO } from '../../common/date-time'
import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { keepUntilOpeningChanges } from './support-line.service'
import { SupportLineView } from './support-line.types'

@Resolver(() => SupportLineView)
export class SupportLineResolver {
  @Query(() => SupportLineView, { description: 'The national support line: number, hours, whether it is open, and what to call when it is not.' })
  supportLine(
    @Arg('at', () => DateTimeISO, { nullable: true, description: 'Evaluate isOpenNow and nextOpensAt at this instant instead of now.' })
    at: Date | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): SupportLineView {
    const view = ctx.supportLine.view(locale ?? ctx.defaultLocale, at ?? ctx.now)
    if (!view) throw new NotFoundError('The support line has not been published yet.')
    if (!at) keepUntilOpeningChanges(ctx.cachePolicy, view, ctx.now)
    return view
  }
}
