import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { refusingWhatCannotExist } from '../../../../http/refusals'

export const GET = refusingWhatCannotExist(REST_GET(config))
export const POST = refusingWhatCannotExist(REST_POST(config))
export const DELETE = refusingWhatCannotExist(REST_DELETE(config))
export const PATCH = refusingWhatCannotExist(REST_PATCH(config))
export const PUT = refusingWhatCannotExist(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
