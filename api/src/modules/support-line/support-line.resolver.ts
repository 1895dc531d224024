import { DateTimeISO } from '../../common/date-time'
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { contactFileUrl, SUPPORT_LINE_CALENDAR_PATH, SUPPORT_LINE_VCARD_PATH } from '../contact-cards/contact-paths'
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

  @FieldResolver(() => String, {
    description: 'The support line as a vCard 4.0 (RFC 6350) for address books, in the requested language: its number, email, website, hours and the urgent numbers.',
  })
  vcardUrl(@Root() supportLine: SupportLineView, @Ctx() ctx: ApiContext): string {
    return contactFileUrl(ctx.publicUrl, SUPPORT_LINE_VCARD_PATH, supportLine.locale)
  }

  @FieldResolver(() => String, {
    description:
      'The opening hours as an iCalendar (RFC 5545) to subscribe to: weekly recurrences in Swedish time with the closing holidays of this year and the next as exceptions.',
  })
  calendarUrl(@Root() supportLine: SupportLineView, @Ctx() ctx: ApiContext): string {
    return contactFileUrl(ctx.publicUrl, SUPPORT_LINE_CALENDAR_PATH, supportLine.locale)
  }
}
