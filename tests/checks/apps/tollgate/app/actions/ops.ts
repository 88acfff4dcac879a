"use server";

import { z } from "zod";
import { eq, desc } from "drizzle-orm";
import { db, importers, declarations, brokerProfiles } from "@/lib/db";
import { requireOps, isOpsUser, getTenant } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";
import { opsDeclarationReport } from "@/lib/reporting";
import { logger } from "@/lib/logger";

// Internal back office: ops staff act across every importer.

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendImporter(importerId: string) {
  const ops = await requireOps();
  const id = z.string().startsWith("org_").parse(importerId);
  // ok: missing-authorization
  await db.update(importers).set({ suspended: true }).where(eq(importers.id, id));
  await logEvent({ actorId: ops.userId, action: "ops.importer_suspended", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- (pass 35 cause C, fixed in pass 42) an importer's plan changed past the ops gate (a server-set metadata flag), no trail
export async function setImporterPlan(importerId: string, plan: string) {
  // ok: floating-auth-check
  await requireOps();
  const input = z.object({ id: z.string().startsWith("org_"), plan: z.enum(["starter", "pro", "enterprise"]) }).parse({ id: importerId, plan });
  // ok: missing-authorization // todoruleid: mass-assignment -- a role-gated privileged write: exempt by the pass-20 policy (docs/precision.md)
  await db.update(importers).set({ plan: input.plan }).where(eq(importers.id, input.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function raiseCreditLimit(importerId: string, amount: number) {
  const ops = await requireOps();
  const input = z.object({ id: z.string(), amount: z.number().int().min(0).max(1_000_000) }).parse({ id: importerId, amount });
  // ok: missing-authorization // todoruleid: mass-assignment -- a role-gated privileged write: exempt by the pass-20 policy (docs/precision.md)
  await db.update(importers).set({ creditLimit: input.amount }).where(eq(importers.id, input.id));
  logger.warn({ actor: ops.userId, importerId: input.id, creditLimit: input.amount }, "credit limit changed");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function forceCloseDeclaration(declarationId: string) {
  const tenant = await getTenant();
  const id = z.string().uuid().parse(declarationId);
  // ruleid: floating-auth-check
  if (!isOpsUser()) throw new Error("Ops only");
  // ruleid: missing-authorization
  await db.update(declarations).set({ status: "closed" }).where(eq(declarations.id, id));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "ops.force_close", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function opsRecentDeclarations() {
  // ok: floating-auth-check
  await requireOps();
  const rows = await db.select().from(declarations).orderBy(desc(declarations.createdAt)).limit(200);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function opsImporterDirectory() {
  // ok: floating-auth-check
  await requireOps();
  const rows = await db.select({ id: importers.id, name: importers.name, plan: importers.plan, suspended: importers.suspended }).from(importers);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function opsReport(filter: string) {
  // ok: floating-auth-check
  await requireOps();
  return opsDeclarationReport(filter);
}

// Exported helper for the ops page; no guard of its own.
// ok: missing-input-validation
// ruleid: missing-auth
export async function listAllBrokerLicenses() {
  const rows = await db.select({ userId: brokerProfiles.userId, licenseNumber: brokerProfiles.licenseNumber, ssnLast4: brokerProfiles.ssnLast4 }).from(brokerProfiles);
  // ok: excessive-data-exposure
  return rows;
}
