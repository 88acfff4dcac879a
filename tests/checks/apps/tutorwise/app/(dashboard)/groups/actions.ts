"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/sql";
import { canManageGroup, isGroupMember } from "@/lib/auth/permissions";

const groupIdSchema = z.string().uuid();

// ok: missing-auth, missing-input-validation
export async function renameGroup(groupId: string, name: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  const title = z.string().min(1).max(60).parse(name);
  if (!(await canManageGroup(userId, id))) throw new Error("Forbidden");
  // ok: missing-authorization, sql-injection
  await sql`UPDATE study_groups SET name = ${title} WHERE id = ${id}`;
  revalidatePath("/groups");
}

// ok: missing-auth, missing-input-validation
export async function deleteGroup(groupId: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  // ruleid: floating-auth-check
  if (!canManageGroup(userId, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await sql`DELETE FROM study_groups WHERE id = ${id}`;
  revalidatePath("/groups");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function kickMember(groupId: string, memberId: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  const member = z.string().min(1).parse(memberId);
  // ruleid: floating-auth-check
  canManageGroup(userId, id);
  // ruleid: missing-authorization
  await sql`DELETE FROM study_group_members WHERE group_id = ${id} AND user_id = ${member}`;
}

// ok: missing-auth, missing-input-validation
export async function groupMessages(groupId: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  const member = await isGroupMember(userId, id);
  if (!member) return [];
  // ok: missing-authorization
  const rows = await sql<{ id: string; body: string; author_name: string }[]>`SELECT m.id, m.body, u.name AS author_name FROM group_messages m JOIN users u ON u.id = m.author_id WHERE m.group_id = ${id} ORDER BY m.created_at DESC LIMIT 100`;
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function postToGroup(groupId: string, body: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  const text = z.string().min(1).max(2000).parse(body);
  // ruleid: floating-auth-check
  if (!isGroupMember(userId, id) && !(await canManageGroup(userId, id))) throw new Error("Not a member");
  // ruleid: missing-authorization
  await sql`INSERT INTO group_messages (group_id, author_id, body) VALUES (${id}, ${userId}, ${text})`;
}

// ok: missing-auth, missing-input-validation
export async function groupDetails(groupId: string) {
  const { userId } = await verifySession();
  const id = groupIdSchema.parse(groupId);
  if (!(await isGroupMember(userId, id))) throw new Error("Not a member");
  // ok: missing-authorization
  const [group] = await sql`SELECT * FROM study_groups WHERE id = ${id}`;
  // ruleid: excessive-data-exposure
  return group;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchGroups(term: string, orderBy: string) {
  await verifySession();
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, name FROM study_groups WHERE public = true AND name ILIKE $1 ORDER BY ${orderBy} LIMIT 20`, [`%${term}%`]);
}
