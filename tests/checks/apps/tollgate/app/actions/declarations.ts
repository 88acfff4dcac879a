"use server";

import { and, eq, desc } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, declarations, lineItems } from "@/lib/db";
import { getTenant, requireWriter } from "@/lib/tenant";
import { canEditDeclaration, assertDeclarationAccess } from "@/lib/guards";
import { declarationInput, declarationPatch, idParam } from "@/lib/validators";
import { logEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function createDeclaration(formData: FormData) {
  const tenant = await requireWriter();
  const input = declarationInput.parse({
    reference: formData.get("reference"),
    originCountry: formData.get("originCountry"),
    incoterm: formData.get("incoterm") || undefined,
  });
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(declarations).values({ ...input, importerId: tenant.orgId, createdBy: tenant.userId }).returning({ id: declarations.id });
  revalidatePath("/declarations");
  redirect(`/declarations/${row.id}`);
}

// ok: missing-auth, missing-input-validation
export async function updateDeclaration(id: string, patch: unknown) {
  const tenant = await requireWriter();
  const declarationId = idParam.parse(id);
  const data = declarationPatch.parse(patch);
  // ok: mass-assignment, missing-authorization
  await db.update(declarations).set({ ...data, updatedAt: new Date() }).where(and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId)));
  revalidatePath(`/declarations/${declarationId}`);
  // ok: excessive-data-exposure
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveDeclarationDraft(id: string, patch: Record<string, unknown>) {
  const tenant = await requireWriter();
  // ok: floating-auth-check
  if (!(await canEditDeclaration(id, tenant.orgId))) throw new Error("Not found");
  // ruleid: mass-assignment
  await db.update(declarations).set(patch).where(eq(declarations.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renameDeclaration(id: string, reference: string) {
  const tenant = await getTenant();
  if (typeof id !== "string" || typeof reference !== "string" || reference.length < 3 || reference.length > 40) {
    throw new Error("Invalid input");
  }
  // ruleid: floating-auth-check
  if (!canEditDeclaration(id, tenant.orgId)) throw new Error("Not found");
  // ruleid: missing-authorization
  await db.update(declarations).set({ reference }).where(eq(declarations.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function submitDeclaration(id: string) {
  const tenant = await requireWriter();
  const declarationId = idParam.parse(id);
  // ok: floating-auth-check
  await assertDeclarationAccess(declarationId, tenant.orgId);
  // ok: missing-authorization
  await db.update(declarations).set({ status: "submitted", updatedAt: new Date() }).where(eq(declarations.id, declarationId));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "declaration.submitted", target: declarationId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawDeclaration(id: string) {
  const tenant = await requireWriter();
  const declarationId = idParam.parse(id);
  // ok: missing-authorization
  await db.update(declarations).set({ status: "draft" }).where(and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId), eq(declarations.status, "submitted")));
  // ruleid: floating-auth-check
  assertDeclarationAccess(declarationId, tenant.orgId);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteDeclaration(id: string) {
  const tenant = await getTenant();
  const declarationId = idParam.parse(id);
  // ruleid: missing-authorization
  await db.delete(lineItems).where(eq(lineItems.declarationId, declarationId));
  // ok: missing-authorization
  await db.delete(declarations).where(and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId)));
  revalidatePath("/declarations");
}

// ok: missing-auth, missing-input-validation
export async function listDeclarations() {
  const tenant = await getTenant();
  const rows = await db.select().from(declarations).where(eq(declarations.importerId, tenant.orgId)).orderBy(desc(declarations.createdAt)).limit(100);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listDeclarationSummaries() {
  const tenant = await getTenant();
  const rows = await db
    .select({ id: declarations.id, reference: declarations.reference, status: declarations.status, dutyTotal: declarations.dutyTotal })
    .from(declarations)
    .where(eq(declarations.importerId, tenant.orgId))
    .limit(100);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getDeclaration(id: string) {
  const tenant = await getTenant();
  const declarationId = idParam.parse(id);
  // ok: missing-authorization
  const row = await db.query.declarations.findFirst({ where: and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId)) });
  if (!row) return null;
  // ok: excessive-data-exposure
  return { id: row.id, reference: row.reference, status: row.status, originCountry: row.originCountry, dutyTotal: row.dutyTotal };
}
