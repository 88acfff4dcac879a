"use server";

import { z } from "zod";
import { randomUUID } from "crypto";
import { sql } from "@/lib/db/postgres";
import { auth } from "@/lib/auth";
import { verifySession, getOptionalUser } from "@/lib/dal";

// Saved travel companions (names + dates of birth for faster checkout).

async function ownsCompanion(userId: string, companionId: string): Promise<boolean> {
  const [row] = await sql`SELECT 1 FROM companions WHERE id = ${companionId} AND user_id = ${userId}`;
  return !!row;
}

const companionSchema = z.object({ fullName: z.string().min(2).max(80), dateOfBirth: z.string().date() });

// ok: missing-auth, missing-input-validation
export async function addCompanion(raw: unknown) {
  const user = await verifySession();
  const c = companionSchema.parse(raw);
  // ok: sql-injection, mass-assignment
  await sql`INSERT INTO companions (id, user_id, full_name, date_of_birth) VALUES (${randomUUID()}, ${user.id}, ${c.fullName}, ${c.dateOfBirth})`;
}

// ok: missing-auth, missing-input-validation
export async function deleteCompanion(companionId: string) {
  const user = await verifySession();
  const id = z.string().uuid().parse(companionId);
  // ruleid: floating-auth-check
  if (!ownsCompanion(user.id, id)) throw new Error("Not yours");
  // ruleid: missing-authorization
  await sql`DELETE FROM companions WHERE id = ${id}`;
}

// ok: missing-auth, missing-input-validation
export async function renameCompanion(companionId: string, fullName: string) {
  const user = await verifySession();
  const input = z.object({ id: z.string().uuid(), fullName: z.string().min(2).max(80) }).parse({ id: companionId, fullName });
  // ok: floating-auth-check
  if (!(await ownsCompanion(user.id, input.id))) throw new Error("Not yours");
  // ok: missing-authorization
  await sql`UPDATE companions SET full_name = ${input.fullName} WHERE id = ${input.id}`;
}

// ok: missing-auth
export async function listCompanions() {
  const user = await verifySession();
  const rows = await sql`SELECT * FROM companions WHERE user_id = ${user.id}`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
export async function companionCount() {
  const session = await auth();
  const [row] = await sql`SELECT count(*)::int AS n FROM companions WHERE user_id = ${session?.user?.id ?? null}`;
  return { n: row.n as number };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function importCompanions(raw: unknown) {
  const user = await getOptionalUser();
  const list = z.array(companionSchema).max(20).parse(raw);
  for (const c of list) {
    await sql`INSERT INTO companions (id, user_id, full_name, date_of_birth) VALUES (${randomUUID()}, ${user?.id ?? null}, ${c.fullName}, ${c.dateOfBirth})`;
  }
}
