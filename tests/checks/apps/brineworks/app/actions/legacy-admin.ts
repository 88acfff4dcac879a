"use server";

// Ported from the 2022 admin panel. Scheduled for removal once the new console ships (BW-412).
import { eq } from "drizzle-orm";
import { db, client } from "@/db";
import { users, fees, apiKeys } from "@/db/schema";
import { pool } from "@/lib/legacy-pg";
import { getViewer } from "@/lib/dal";
import { sendMail } from "@/lib/mail";

// ruleid: missing-auth, missing-input-validation, missing-audit-log
export async function legacySetRole(userId: string, role: string) {
  // ruleid: sql-injection
  await pool.query(`UPDATE users SET role = '${role}' WHERE id = '${userId}'`);
  return { ok: true };
}

// ruleid: missing-auth, missing-input-validation, missing-audit-log -- fixed in pass 41 (F): ungated legacy admin export writing a users row wholesale (role, email, passwordHash)
export async function legacyUpdateUser(formData: FormData) {
  const data = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await db.update(users).set(data).where(eq(users.id, data.id));
  return { ok: true };
}

// ruleid: missing-input-validation
export async function legacyFeeLookup(name: string) {
  // ruleid: sql-injection
  const rows = await client.unsafe("SELECT * FROM fees WHERE name = '" + name + "'");
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth, missing-audit-log
export async function legacyRevokeAllKeys() {
  await db.delete(apiKeys);
  return { ok: true };
}

// ruleid: missing-auth, missing-input-validation, missing-rate-limit
export async function legacyBroadcast(subject: string, html: string) {
  const viewer = await getViewer();
  const everyone = await db.select({ email: users.email }).from(users);
  for (const u of everyone) await sendMail(u.email, subject, `${html}<p>— ${viewer?.name ?? "Harbour office"}</p>`);
  return { sent: everyone.length };
}

// ruleid: missing-auth, missing-input-validation // todoruleid: missing-audit-log -- known gap (pass 41, G): ambiguous, legacy admin panel resets every fee (platform-wide config vs admin action)
export async function legacyResetFees(percent: number) {
  // ok: mass-assignment
  await db.update(fees).set({ percent: String(percent) });
  return { ok: true };
}

// ruleid: missing-auth
export async function legacyUserList() {
  const rows = await db.select().from(users);
  // ruleid: excessive-data-exposure
  return rows;
}
