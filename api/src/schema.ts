import 'reflect-metadata'
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql'
import { buildSchema } from 'type-graphql'
import { refuseNulInQueryArguments } from './common/nul-arguments'
import { ChangeResolver } from './modules/changes/changes.resolver'
import { ConceptResolver } from './modules/concepts/concept.resolver'
import { ContactResolver } from './modules/contact/contact.resolver'
import { CoordinatorResolver } from './modules/coordinators/coordinator.resolver'
import { CountyResolver } from './modules/geography/county.resolver'
import { MunicipalityResolver } from './modules/geography/municipality.resolver'
import { RegionResolver } from './modules/geography/region.resolver'
import { ManualStepResolver, ResidencePermitResolver } from './modules/manual/manual-step.resolver'
import { NewsletterResolver } from './modules/newsletter/newsletter.resolver'
import { NewsletterArchiveResolver } from './modules/newsletter-archive/archive.resolver'
import { OrderResolver } from './modules/orders/order.resolver'
import { NetworkResolver } from './modules/organisations/network.resolver'
import { OrganisationResolver } from './modules/organisations/organisation.resolver'
import { PageResolver } from './modules/pages/page.resolver'
import { ProgrammeFundingResolver, ProgrammeResolver } from './modules/programmes/programme.resolver'
import { PublicationResolver } from './modules/publications/publication.resolver'
import { SearchResolver } from './modules/search/search.resolver'
import { SupportLineResolver } from './modules/support-line/support-line.resolver'

const RESOLVERS = [
  RegionResolver,
  CountyResolver,
  MunicipalityResolver,
  CoordinatorResolver,
  SupportLineResolver,
  ContactResolver,
  OrganisationResolver,
  NetworkResolver,
  ProgrammeResolver,
  ProgrammeFundingResolver,
  ManualStepResolver,
  ResidencePermitResolver,
  ConceptResolver,
  PageResolver,
  PublicationResolver,
  SearchResolver,
  ChangeResolver,
  NewsletterResolver,
  NewsletterArchiveResolver,
  OrderResolver,
] as const

/** The public schema, shared by the server, the tests and the schema emitter. */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false })
  refuseNulInQueryArguments(schema)
  const query = schema.getQueryType()
  if (query) {
    query.description = "Read access to what NSPM's editors publish: contacts, geography and the support line. Every query takes `locale`."
  }
  const mutation = schema.getMutationType()
  if (mutation) mutation.description = 'The public write flows: newsletter subscriptions (double opt-in) and orders of printed material.'
  return schema
}

/** The committed SDL: sorted, so that the file changes only when the schema does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`
}
