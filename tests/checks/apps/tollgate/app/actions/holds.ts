"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { db, declarations } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { sendNotification, sendMail } from "@/lib/mailer";
import { limit } from "@/lib/ratelimit";
import { toErrorResponse } from "@/lib/errors";

const holdSchema = z.object({ declarationId: z.string().uuid(), reason: z.string().min(5).max(1000) });

// Broker records a customs hold and emails the importer's contact.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const recordHold = async (raw: unknown) => {
  const tenant = await requireBroker();
  const input = holdSchema.parse(raw);
  // ok: missing-authorization
  const [decl] = await db.update(declarations).set({ status: "held", internalNotes: input.reason }).where(and(eq(declarations.id, input.declarationId), eq(declarations.importerId, tenant.orgId))).returning({ reference: declarations.reference });
  // ok: information-disclosure
  if (!decl) return { error: "Not found" };
  const clerk = await clerkClient();
  const org = await clerk.organizations.getOrganization({ organizationId: tenant.orgId });
  const contact = org.publicMetadata?.contactEmail as string | undefined;
  if (contact) await sendNotification(contact, `Customs hold on ${decl.reference}`, input.reason);
  return { ok: true };
};

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailHoldSummary = async (raw: unknown) => {
  const tenant = await getTenant();
  const { to } = z.object({ to: z.string().email() }).parse(raw);
  const held = await db.select({ reference: declarations.reference }).from(declarations).where(and(eq(declarations.importerId, tenant.orgId), eq(declarations.status, "held")));
  await sendMail(to, "Declarations on hold", held.map((h) => h.reference).join("\n"));
  return { sent: held.length };
};

// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function releaseHold(declarationId: string) {
  const tenant = await requireBroker();
  const id = z.string().uuid().parse(declarationId);
  try {
    await limit(`release:${tenant.orgId}`, 50, 60);
    // ok: missing-authorization
    await db.update(declarations).set({ status: "submitted" }).where(and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)));
    return { ok: true };
  } catch (err) {
    // ok: information-disclosure
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-input-validation
export const reopenDeclaration = async (declarationId: string) => {
  const tenant = await requireBroker();
  const id = z.string().uuid().parse(declarationId);
  try {
    // ok: missing-authorization
    await db.update(declarations).set({ status: "draft" }).where(and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)));
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "failed" };
  }
};
