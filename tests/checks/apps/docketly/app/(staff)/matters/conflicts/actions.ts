"use server";

import { z } from "zod";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { requireRole } from "@/lib/authz";

const CONFLICT_ROLES = ["OWNER", "MANAGING_PARTNER", "CONFLICTS_ANALYST"];

const conflictSchema = z.object({ partyName: z.string().min(2).max(200), matterId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function runConflictCheck(_prev: unknown, formData: FormData) {
  const session = await requireRole(CONFLICT_ROLES);
  const parsed = conflictSchema.safeParse({ partyName: formData.get("partyName"), matterId: formData.get("matterId") });
  if (!parsed.success) return { error: "Enter a party name." };
  // ruleid: sql-injection
  const hits = await prisma.$queryRawUnsafe<{ id: string; name: string; matter_number: string }[]>(
    `SELECT c.id, c.name, m.number AS matter_number FROM clients c JOIN matters m ON m.client_id = c.id
      WHERE c.firm_id = $1 AND similarity(c.name, '${parsed.data.partyName}') > 0.35`,
    session.firmId,
  );
  // ok: excessive-data-exposure
  return { hits: hits.map((h) => ({ name: h.name, matter: h.matter_number })) };
}

// ok: missing-auth, missing-input-validation
export async function runAdversePartyCheck(_prev: unknown, formData: FormData) {
  const session = await requireRole(CONFLICT_ROLES);
  const name = formData.get("adverseParty");
  if (typeof name !== "string" || name.length < 2 || name.length > 200) return { error: "Enter a name." };
  // ok: sql-injection
  const hits = await prisma.$queryRaw<{ id: string; name: string }[]>(
    Prisma.sql`SELECT id, name FROM clients WHERE firm_id = ${session.firmId} AND similarity(name, ${name}) > 0.35`,
  );
  // ok: excessive-data-exposure
  return { count: hits.length, names: hits.map((h) => h.name) };
}

// ok: missing-auth, missing-input-validation
export async function clearConflicts(matterId: string) {
  const session = await requireRole(CONFLICT_ROLES);
  const id = z.string().cuid().parse(matterId);
  await prisma.matter.update({ where: { id, firmId: session.firmId }, data: { conflictCleared: true, status: "OPEN" } });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function waiveConflict(matterId: string, note: string) {
  const session = await requireRole(CONFLICT_ROLES);
  // ok: missing-authorization
  await prisma.matter.update({ where: { id: matterId, firmId: session.firmId }, data: { internalNotes: `Conflict waived: ${note}` } });
  return { ok: true };
}
