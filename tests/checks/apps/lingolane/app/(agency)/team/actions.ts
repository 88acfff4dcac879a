"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/drizzle";
import { agencyLinguists } from "@/lib/db/schema";
import { requireAgency, requireAgencyManager } from "@/lib/auth/clerk";
import { auditLog } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";

const linguistSchema = z.object({
  displayName: z.string().min(1).max(80),
  languages: z.string().max(200),
  ratePerWord: z.coerce.number().int().min(0).max(100).optional(),
});

// ok: missing-auth, missing-input-validation
export async function addLinguist(formData: FormData) {
  const { agency } = await requireAgencyManager();
  const data = linguistSchema.parse(Object.fromEntries(formData));
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return { error: "Could not add this linguist" };
  await db.insert(agencyLinguists).values({
    id: randomUUID(),
    // ok: mass-assignment
    ...data,
    // todook: missing-authorization
    userId: user.id,
    agencyId: agency.id,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateLinguist(formData: FormData) {
  const { agency } = await requireAgencyManager();
  const { linguistId, ...rest } = linguistSchema.partial().extend({ linguistId: z.string().uuid() }).parse(Object.fromEntries(formData));
  await db
    .update(agencyLinguists)
    // ok: mass-assignment
    .set(rest)
    // ok: missing-authorization
    .where(and(eq(agencyLinguists.id, linguistId), eq(agencyLinguists.agencyId, agency.id)));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importLinguistRow(row: Record<string, string>) {
  await requireAgencyManager();
  // ruleid: mass-assignment
  await db.insert(agencyLinguists).values({ id: randomUUID(), ...row } as any);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteLinguist(linguistId: unknown) {
  const { agency } = await requireAgencyManager();
  const id = z.string().uuid().parse(linguistId);
  await db
    .update(agencyLinguists)
    .set({ role: "lead" })
    // ok: missing-authorization
    .where(and(eq(agencyLinguists.id, id), eq(agencyLinguists.agencyId, agency.id)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deactivateLinguist(linguistId: unknown) {
  const { agency, userId } = await requireAgencyManager();
  const id = z.string().uuid().parse(linguistId);
  await db
    .update(agencyLinguists)
    .set({ active: false })
    // ok: missing-authorization
    .where(and(eq(agencyLinguists.id, id), eq(agencyLinguists.agencyId, agency.id)));
  await auditLog({ actorId: userId, action: "agency.linguist_deactivated", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeLinguist(linguistId: unknown) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(linguistId);
  // ruleid: missing-authorization
  await db.delete(agencyLinguists).where(eq(agencyLinguists.id, id));
  await auditLog({ actorId: userId, action: "agency.linguist_removed", target: id });
  return { ok: true };
}

// ok: missing-auth
export async function listLinguists() {
  const { agency } = await requireAgency();
  const rows = await db.select().from(agencyLinguists).where(eq(agencyLinguists.agencyId, agency.id));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function listLinguistNames() {
  const { agency } = await requireAgency();
  const rows = await db
    .select({ id: agencyLinguists.id, displayName: agencyLinguists.displayName, languages: agencyLinguists.languages })
    .from(agencyLinguists)
    .where(eq(agencyLinguists.agencyId, agency.id));
  // ok: excessive-data-exposure
  return rows;
}
