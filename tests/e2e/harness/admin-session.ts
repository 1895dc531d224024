import { CmsClient } from '../../helpers/cms-client'

/**
 * Setup work as the shared administrator. Test files log in as that administrator at the same moment, and one
 * login can drop another's session (see CmsClient.login), so a refusal is retried with a fresh login when the
 * session turns out to be gone; a refusal with the session intact is real and thrown. The work must be safe to
 * repeat after such a refusal (a refused request changed nothing).
 */
export async function asAdmin<T>(work: (admin: CmsClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const admin = await CmsClient.asAdmin()
    try {
      return await work(admin)
    } catch (error) {
      const me = await admin.get<{ user: { id: number } | null }>('/api/users/me')
      if (me.body.user || attempt === 3) throw error
    }
  }
}
