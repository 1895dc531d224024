import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { ChangeConnection, ChangeView, PublicType } from './change.types'
import { currentDocument, PublicDocument } from './public-document'

@Resolver(() => ChangeView)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change log: every time a document of a public type became public, changed, or stopped being public (a tombstone), in commit ' +
      'order. Walk it with `after` to keep a copy in sync: a change committed while you page always comes after your cursor, so nothing is ' +
      'skipped or seen twice. `changes(first: 0)` gives no changes and, as `pageInfo.endCursor`, the head of the log: take it before a full ' +
      "sync and continue from it afterwards. Changes are kept for a limited time (each document's latest change always): an older cursor " +
      'gets CURSOR_EXPIRED.',
  })
  changes(
    @Arg('after', () => String, { nullable: true, description: "Continue after this cursor (a change's, or an `endCursor`); omitted: from the start of the log." })
    after: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many changes, 0–100 (default 20); 0 answers only `pageInfo`, at the head of the log.' })
    first: number | null,
    @Arg('types', () => [PublicType], { nullable: true, description: 'Only changes of these types (omitted or empty: all). A cursor is a position in the whole log.' })
    types: PublicType[] | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ChangeConnection> {
    return ctx.changes.page({ after, first, types, locale: locale ?? ctx.defaultLocale })
  }

  @FieldResolver(() => PublicDocument, {
    nullable: true,
    description:
      'The document as it is now, not as it was at this change: null for tombstones, and for any change of a document that is not public ' +
      'now (a later change in the log says why).',
  })
  document(@Root() change: ChangeView, @Ctx() ctx: ApiContext): typeof PublicDocument | null {
    return currentDocument(ctx, change)
  }
}
