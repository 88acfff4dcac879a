"use server";

import * as v from "valibot";
import { eq, desc, ilike } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { users, fees, apiKeys } from "@/db/schema";
import { adminActionClient, staffActionClient } from "@/lib/safe-action";
import { feeSchema, staffRoleSchema, uuid } from "@/lib/validation";
import { requireAdmin, verifySession } from "@/lib/dal";
import { audit, logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export const setStaffRole = adminActionClient
  .metadata({ actionName: "setStaffRole" })
  .inputSchema(staffRoleSchema)
  .action(async ({ parsedInput }) => {
    await db.update(users).set({ role: parsedInput.role }).where(eq(users.id, parsedInput.userId));
    revalidatePath("/admin/staff");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export const suspendBuyer = adminActionClient
  .metadata({ actionName: "suspendBuyer" })
  .inputSchema(v.object({ userId: uuid, suspended: v.boolean() }))
  .action(async ({ parsedInput }) => {
    await db.update(users).set({ suspended: parsedInput.suspended }).where(eq(users.id, parsedInput.userId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export const updateFee = adminActionClient
  .metadata({ actionName: "updateFee" })
  .inputSchema(feeSchema)
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    await db.update(fees).set({ percent: String(parsedInput.percent), active: parsedInput.active }).where(eq(fees.id, parsedInput.id));
    revalidatePath("/admin/fees");
    return { ok: true };
  });

// Staff (not admin) can raise a buyer's credit line on the floor.
// ruleid: missing-audit-log -- fixed in pass 41 (E): another account's credit limit changed past the staff client's role gate
export const raiseCreditLimit = staffActionClient
  .metadata({ actionName: "raiseCreditLimit" })
  .inputSchema(v.object({ userId: uuid, creditLimit: v.pipe(v.number(), v.minValue(0), v.maxValue(250_000)) }))
  .action(async ({ parsedInput }) => {
    await db.update(users).set({ creditLimit: parsedInput.creditLimit.toFixed(2) }).where(eq(users.id, parsedInput.userId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const searchBuyers = staffActionClient
  .metadata({ actionName: "searchBuyers" })
  .inputSchema(v.object({ q: v.pipe(v.string(), v.minLength(2), v.maxLength(50)) }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    const rows = await db.select().from(users).where(ilike(users.email, `%${parsedInput.q}%`)).limit(20);
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const listStaff = staffActionClient
  .metadata({ actionName: "listStaff" })
  .inputSchema(v.object({}))
  .action(async () => {
    const rows = await db.select().from(users).where(eq(users.role, "staff")).orderBy(desc(users.createdAt));
    // ok: excessive-data-exposure
    return rows.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role }));
  });

// ruleid: missing-audit-log
export async function deleteUser(userId: string) {
  // ok: floating-auth-check
  await requireAdmin();
  const id = v.parse(uuid, userId);
  await db.delete(apiKeys).where(eq(apiKeys.userId, id));
  await db.delete(users).where(eq(users.id, id));
  revalidatePath("/admin/buyers");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export async function promoteToAdmin(userId: string) {
  // ok: floating-auth-check
  const admin = await requireAdmin();
  const id = v.parse(uuid, userId);
  await db.update(users).set({ role: "admin" }).where(eq(users.id, id));
  await logSecurityEvent("role.promote_admin", admin.userId, { target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantInspectorRole(userId: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const id = v.parse(uuid, userId);
  // ruleid: missing-authorization
  await db.update(users).set({ role: "inspector" }).where(eq(users.id, id));
  await audit.record({ actorId: session.userId, action: "role.grant_inspector", target: id });
  return { ok: true };
}
