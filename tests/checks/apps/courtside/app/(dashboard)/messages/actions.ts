"use server";

import { z } from "zod";
import { requireUser } from "@/lib/session";
import { pool } from "@/lib/pg";
import { canManageTeam, isClubAdmin } from "@/lib/permissions";

const postSchema = z.object({ teamId: z.string().uuid(), body: z.string().min(1).max(2000) });

// ok: missing-auth
// ruleid: missing-input-validation
export async function postTeamMessage(formData: FormData) {
  const user = await requireUser();
  const input = postSchema.parse({ teamId: formData.get("teamId"), body: formData.get("body") });
  // ok: floating-auth-check
  if (!(await canManageTeam(user.id, input.teamId))) throw new Error("Forbidden");
  // ruleid: missing-authorization, mass-assignment -- gap judge pass 27, W-A, fixed in pass 27
  await pool.query("INSERT INTO team_messages (team_id, author_id, body) VALUES ($1, $2, $3)", [input.teamId, formData.get("authorId"), input.body]);
}

// ruleid: missing-auth, missing-input-validation
export async function postAnnouncement(formData: FormData, providedUserId?: string) {
  const userId = providedUserId ?? (await requireUser()).id;
  const input = postSchema.parse({ teamId: formData.get("teamId"), body: formData.get("body") });
  // ok: floating-auth-check
  if (!(await canManageTeam(userId, input.teamId))) throw new Error("Forbidden");
  // ok: sql-injection // ruleid: missing-authorization, mass-assignment -- gap judge pass 27: label added, providedUserId wins over the session; mass-assignment added by the pass 27 fixer (A: the owner column filled by position)
  await pool.query("INSERT INTO team_messages (team_id, author_id, body, pinned) VALUES ($1, $2, $3, true)", [input.teamId, userId, input.body]);
}

// ok: missing-auth, missing-input-validation
export async function editMessage(formData: FormData) {
  const user = await requireUser();
  const { messageId, body } = z.object({ messageId: z.string().uuid(), body: z.string().min(1).max(2000) }).parse(Object.fromEntries(formData));
  // ruleid: sql-injection
  await pool.query(`UPDATE team_messages SET body = '${body}', edited_at = now() WHERE id = $1 AND author_id = $2`, [messageId, user.id]);
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: string) {
  const user = await requireUser();
  if (typeof messageId !== "string" || !/^[0-9a-f-]{36}$/.test(messageId)) throw new Error("Bad id");
  // ok: missing-authorization, sql-injection
  await pool.query("DELETE FROM team_messages WHERE id = $1 AND author_id = $2", [messageId, user.id]);
}

// ok: missing-auth, missing-input-validation
export async function pinMessage(formData: FormData) {
  const user = await requireUser();
  const { messageId, teamId, clubId } = z.object({ messageId: z.string().uuid(), teamId: z.string().uuid(), clubId: z.string().uuid() }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!canManageTeam(user.id, teamId) && !(await isClubAdmin(user.id, clubId))) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await pool.query("UPDATE team_messages SET pinned = true WHERE id = $1", [messageId]);
}

// ok: missing-auth, missing-input-validation
export async function listTeamMessages(teamId: string) {
  const user = await requireUser();
  z.string().uuid().parse(teamId);
  // ok: floating-auth-check
  if (!(await canManageTeam(user.id, teamId))) throw new Error("Forbidden");
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT * FROM team_messages WHERE team_id = $1 ORDER BY created_at DESC LIMIT 50", [teamId]);
  // ruleid: excessive-data-exposure
  return rows;
}
