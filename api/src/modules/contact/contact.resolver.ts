import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { contactsForMunicipality } from './contact.service'
import { MunicipalityContactsView } from './contact.types'

@Resolver()
export class ContactResolver {
  @Query(() => MunicipalityContactsView, {
    description:
      "The contacts for a municipality: its region's coordinators, and the national support line whenever none of them is reachable. " +
      'NOT_FOUND with `extensions.suggestions` when nothing matches.',
  })
  coordinatorsForMunicipality(
    @Arg('municipality', () => String, { description: 'An SCB code ("1480") or a name ("Göteborg", "goteborg", "ÖREBRO").' }) municipality: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): MunicipalityContactsView {
    return contactsForMunicipality(ctx, municipality, locale ?? ctx.defaultLocale, ctx.now)
  }
}
