import { cache } from "react";
import { cookies } from "next/headers";
import { sql } from "@/lib/db/postgres";

export type SessionUser = { id: string; email: string; schoolId: string };

export const validateRequest = cache(async (): Promise<{ user: SessionUser; session: { id: string } } | { user: null; session: null }> => {
  const sessionId = (await cookies()).get("auth_session")?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const rows = await sql<{ id: string; email: string; school_id: string }[]>`
    select u.id, u.email, u.school_id from sessions s join users u on u.id = s.user_id
    where s.id = ${sessionId} and s.expires_at > now()`;
  if (rows.length === 0) return { user: null, session: null };
  return { user: { id: rows[0].id, email: rows[0].email, schoolId: rows[0].school_id }, session: { id: sessionId } };
});
