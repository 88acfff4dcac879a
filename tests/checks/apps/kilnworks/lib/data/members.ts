import "server-only";
import { eq } from "drizzle-orm";
import { db, users } from "@/lib/db";
import { sql } from "@/lib/db";

// Plain DB lookup by email: NOT a session read, despite the name.
export async function getUser(email: string) {
  return db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true, email: true, name: true, passwordHash: true, emailVerified: true } });
}

const MEMBER_COLUMNS = "m.id, u.name, u.email, m.plan, m.credits, m.status";

export async function searchMembers(studioId: string, term: string) {
  // ok: sql-injection
  return sql`select m.id, u.name, u.email, m.plan from memberships m join users u on u.id = m.user_id where m.studio_id = ${studioId} and u.name ilike ${"%" + term + "%"}`;
}

export async function membersPage(studioId: string, page: number) {
  const offset = Number(page) * 50;
  // ok: sql-injection
  return sql.unsafe(`select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id where m.studio_id = $1 order by u.name limit 50 offset ${offset}`, [studioId]);
}

export async function membersByStatus(studioId: string, status: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id where m.studio_id = $1 and m.status = '${status}'`, [studioId]);
}
