import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refusingMalformedJson } from '../../../../http/refusals'

export const POST = refusingMalformedJson(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
