"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, declarations, lineItems } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { requireDeclarationEditor, hasDeclarationAccess } from "@/lib/authz";
import { logEvent } from "@/lib/audit";

const assignSchema = z.object({ declarationId: z.string().uuid(), assigneeId: z.string().startsWith("user_") });

// ok: missing-auth, missing-input-validation
export async function assignDeclaration(raw: unknown) {
  const input = assignSchema.parse(raw);
  const tenant = await requireDeclarationEditor(input.declarationId);
  // ok: missing-authorization, mass-assignment
  await db.update(declarations).set({ createdBy: input.assigneeId }).where(and(eq(declarations.id, input.declarationId), eq(declarations.importerId, tenant.orgId)));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "declaration.assigned", target: input.declarationId });
  return { ok: true };
}

// The desktop client passes the acting user; it wins over the session.
// ok: missing-auth, missing-input-validation
export async function duplicateDeclaration(declarationId: string, actingUserId?: string) {
  const tenant = await getTenant();
  const id = z.string().uuid().parse(declarationId);
  const actor = z.string().optional().parse(actingUserId) ?? tenant.userId;
  // ok: missing-authorization
  const src = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)), columns: { reference: true, originCountry: true, incoterm: true } });
  // ok: information-disclosure
  if (!src) return { error: "Not found" };
  // ruleid: missing-authorization
  const [copy] = await db.insert(declarations).values({ ...src, reference: `${src.reference}-COPY`, importerId: tenant.orgId, createdBy: actor }).returning({ id: declarations.id });
  // ok: excessive-data-exposure
  return { id: copy.id };
}

// ok: missing-auth, missing-input-validation
export async function closeDeclaration(declarationId: string) {
  const id = z.string().uuid().parse(declarationId);
  const tenant = await requireDeclarationEditor(id);
  // ok: missing-authorization
  await db.update(declarations).set({ status: "closed" }).where(eq(declarations.id, id));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "declaration.closed", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function archiveLines(declarationId: string) {
  // ok: floating-auth-check
  await getTenant();
  const id = z.string().uuid().parse(declarationId);
  // ruleid: floating-auth-check
  if (!hasDeclarationAccess(id)) return { error: "Not found" };
  // ruleid: missing-authorization
  await db.delete(lineItems).where(eq(lineItems.declarationId, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function archiveLinesChecked(declarationId: string) {
  // ok: floating-auth-check
  await getTenant();
  const id = z.string().uuid().parse(declarationId);
  const allowed = await hasDeclarationAccess(id);
  // ok: information-disclosure
  if (!allowed) return { error: "Not found" };
  // ok: missing-authorization
  await db.delete(lineItems).where(eq(lineItems.declarationId, id));
  return { ok: true };
}

// Ownership is checked, but only after the write.
// ok: missing-auth, missing-input-validation
export async function retagOrigin(declarationId: string, originCountry: string) {
  const tenant = await getTenant();
  const input = z.object({ id: z.string().uuid(), origin: z.string().length(2) }).parse({ id: declarationId, origin: originCountry });
  // ruleid: missing-authorization
  await db.update(declarations).set({ originCountry: input.origin }).where(eq(declarations.id, input.id));
  // ok: floating-auth-check
  if (!(await hasDeclarationAccess(input.id))) throw new Error("Not found");
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "declaration.origin_changed", target: input.id });
  return { ok: true };
}
