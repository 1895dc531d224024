import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import { found, type ApiContext } from '../../context'
import { Concept } from './concept.entity'
import { ConceptView, toConceptView } from './concept.types'

@Resolver(() => ConceptView)
export class ConceptResolver {
  @Query(() => [ConceptView], { description: 'The glossary, by slug.' })
  async concepts(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): Promise<ConceptView[]> {
    const rows = await ctx.em.find(Concept, { status: PUBLISHED }, { populate: ['locales', 'rels'], orderBy: { slug: 'asc' } })
    return rows.map((row) => toConceptView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => ConceptView, { description: 'One concept by slug, e.g. "prostitution". NOT_FOUND if there is none.' })
  async concept(
    @Arg('slug', () => String, { description: 'The concept\'s slug.' }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ConceptView> {
    const row = await ctx.em.findOne(Concept, { slug, status: PUBLISHED }, { populate: ['locales', 'rels'] })
    if (!row) throw new NotFoundError('No concept has that slug.', { argument: 'slug' })
    return toConceptView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [ConceptView], { description: 'Concepts connected to this one.' })
  async related(@Root() concept: ConceptView, @Ctx() ctx: ApiContext): Promise<ConceptView[]> {
    if (concept.relatedIds.length === 0) return []
    const rows = await ctx.loaders.concept.loadMany(concept.relatedIds)
    return found(rows).map((row) => toConceptView(row, concept.locale))
  }
}
