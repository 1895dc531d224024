import { localesJson, toDate, toDateOrNull } from '../../common/lean'

/** A published coordinator with everything its view shows, as one plain record (see common/lean.ts). */
export type CoordinatorRecord = {
  id: number
  personName: string | null
  regionId: number
  hostMunicipalityId: number | null
  email: string | null
  postStatus: string
  lastVerifiedAt: Date | null
  updatedAt: Date
  locales: { locale: string; title: string | null; employer: string | null; alert: string | null }[]
  /** In `_order`. */
  phones: { number: string | null; type: string | null; locales: { locale: string; label: string | null }[] }[]
  /** Non-null values in `order`. */
  languages: string[]
  /** Each task's locale rows, tasks in `_order`. */
  tasks: { locale: string; task: string | null }[][]
}

export type CoordinatorJson = Omit<CoordinatorRecord, 'updatedAt' | 'lastVerifiedAt'> & { updatedAt: string; lastVerifiedAt: string | null }

const PHONES = (k: string) =>
  `(SELECT coalesce(json_agg(json_build_object('number', kp.number, 'type', kp.type,
       'locales', ${localesJson('coordinators_phones_locales', 'kp.id', 'kpl', { label: 'label' })}) ORDER BY kp._order), '[]')
    FROM coordinators_phones kp WHERE kp._parent_id = ${k}.id)`

const LANGUAGES = (k: string) =>
  `(SELECT coalesce(json_agg(kg.value ORDER BY kg."order"), '[]') FROM coordinators_languages kg WHERE kg.parent_id = ${k}.id AND kg.value IS NOT NULL)`

const TASKS = (k: string) =>
  `(SELECT coalesce(json_agg(${localesJson('coordinators_tasks_locales', 'kt.id', 'ktl', { task: 'task' })} ORDER BY kt._order), '[]')
    FROM coordinators_tasks kt WHERE kt._parent_id = ${k}.id)`

/**
 * One coordinator as a JSON object. Each to-many part is its own correlated subquery, aggregated in PostgreSQL:
 * rows grow with the parts, not with their product (six joined relations multiplied to ~48 rows a coordinator).
 */
export const COORDINATOR_JSON = (k: string) =>
  `json_build_object('id', ${k}.id, 'personName', ${k}.person_name, 'regionId', ${k}.region_id, 'hostMunicipalityId', ${k}.host_municipality_id,
     'email', ${k}.email, 'postStatus', ${k}.status, 'lastVerifiedAt', ${k}.last_verified_at, 'updatedAt', ${k}.updated_at,
     'locales', ${localesJson('coordinators_locales', `${k}.id`, 'kl', { title: 'title', employer: 'employer', alert: 'alert' })},
     'phones', ${PHONES(k)}, 'languages', ${LANGUAGES(k)}, 'tasks', ${TASKS(k)})`

export function toCoordinatorRecord(json: CoordinatorJson): CoordinatorRecord {
  return { ...json, updatedAt: toDate(json.updatedAt), lastVerifiedAt: toDateOrNull(json.lastVerifiedAt) }
}
