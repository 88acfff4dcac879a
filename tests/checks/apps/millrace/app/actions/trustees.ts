"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db, members, auditEvents } from "@/lib/db";
import { trusteeAction } from "@/lib/safe-action";
import { requireTrustee } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { machineUtilisation } from "@/lib/db/reports";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const banMember = trusteeAction
  .metadata({ name: "member.ban" })
  .schema(z.object({ memberId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(members).set({ suspended: true, role: "member" }).where(eq(members.id, parsedInput.memberId));
    await auditLog({ actorId: ctx.member.id, action: "member.ban", target: parsedInput.memberId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function auditTrail() {
  await requireTrustee();
  // ruleid: excessive-data-exposure
  return db.select().from(auditEvents).limit(200);
}

// ok: missing-auth, missing-input-validation
export async function utilisationReport(from: string, to: string) {
  await requireTrustee();
  const range = z.object({ from: z.string().datetime(), to: z.string().datetime() }).parse({ from, to });
  // ok: excessive-data-exposure
  return machineUtilisation(range.from, range.to);
}

// ok: missing-auth, missing-input-validation
export async function trusteeDashboard() {
  const { has, userId } = await auth();
  // ruleid: floating-auth-check
  requireTrustee();
  if (!userId) return null;
  // ok: excessive-data-exposure
  return { trustee: has({ role: "org:trustee" }), members: (await db.select({ id: members.id }).from(members)).length };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function transferChair(memberId: string) {
  const trustee = await requireTrustee();
  const id = z.string().uuid().parse(memberId);
  // ok: missing-authorization
  await db.update(members).set({ role: "trustee" }).where(eq(members.id, id));
  await db.update(members).set({ role: "staff" }).where(eq(members.id, trustee.id));
}
