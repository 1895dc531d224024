import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { ConceptView, toConceptView } from './concept.types'

@Resolver(() => ConceptView)
export class ConceptResolver {
  @Query(() => [ConceptView], { description: 'The glossary, by slug.' })
  concepts(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ConceptView[] {
    return ctx.concepts.all().map((row) => toConceptView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => ConceptView, { description: 'One concept by slug, e.g. "prostitution". NOT_FOUND if there is none.' })
  concept(@Arg('slug', () => String, { description: "The concept's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ConceptView {
    const row = ctx.concepts.bySlug(slug)
    if (!row) throw new NotFoundError('No concept has that slug.', { argument: 'slug' })
    return toConceptView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [ConceptView], { description: 'Concepts connected to this one.' })
  related(@Root() concept: ConceptView, @Ctx() ctx: ApiContext): ConceptView[] {
    return ctx.concepts.byIds(concept.relatedIds).map((row) => toConceptView(row, concept.locale))
  }
}
