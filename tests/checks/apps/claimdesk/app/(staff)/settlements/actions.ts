"use server";

import { z } from "zod";
import { withClaimsManager } from "@/lib/wrappers";
import { requireRole } from "@/lib/dal";
import { hasRole } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import { newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/notify";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const PrepareSchema = z.object({ claimId: z.string().cuid(), amountCents: z.coerce.number().int().positive().max(100_000_000), signerEmail: z.string().email() });

// ok: missing-auth, missing-input-validation
export const prepareRelease = withClaimsManager(async (ctx, formData) => {
  const input = PrepareSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const claim = await prisma.claim.findFirst({ where: { id: input.claimId, tenantId: ctx.tenantId }, select: { id: true } });
  if (!claim) return { error: "Not found" };
  const rel = await prisma.settlementRelease.create({
    // ok: mass-assignment
    data: { tenantId: ctx.tenantId, claimId: claim.id, amountCents: input.amountCents, signerEmail: input.signerEmail },
    select: { id: true },
  });
  return { id: rel.id };
});

// e-mails the claimant a link to /sign/<id>?t=<token>, which forwards to the DocuSign recipient view
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendReleaseForSignature(releaseId: string) {
  const ctx = await requireRole("owner", "admin", "claims_manager");
  const id = z.string().cuid().parse(releaseId);
  if (!(await checkRateLimit(`release-send:${ctx.userId}`))) return { error: "Too many sends; try again later" };
  // ok: missing-authorization
  const rel = await prisma.settlementRelease.findFirst({ where: { id, tenantId: ctx.tenantId, status: "draft" }, select: { id: true, signerEmail: true } });
  if (!rel) return { error: "Not found" };
  const signingToken = newToken();
  await prisma.settlementRelease.update({ where: { id: rel.id }, data: { signingToken, status: "sent" } });
  await sendEmail(rel.signerEmail, "Please sign your settlement release", `<a href="https://app.claimdesk.io/sign/${rel.id}?t=${signingToken}">Review and sign</a>`);
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: "settlement.sent", target: rel.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function voidRelease(releaseId: string) {
  const ctx = await requireRole("owner", "admin", "claims_manager", "finance", "adjuster");
  const id = z.string().cuid().parse(releaseId);
  const rel = await prisma.settlementRelease.findFirst({ where: { id, tenantId: ctx.tenantId }, select: { id: true, status: true } });
  if (!rel) throw new Error("Not found");
  // only finance may void a release once it has been signed
  // ruleid: floating-auth-check
  if (rel.status === "signed" && hasRole(ctx.userId, ctx.tenantId, ["finance", "owner"]) === false) throw new Error("Forbidden");
  await prisma.settlementRelease.update({ where: { id: rel.id }, data: { status: "void", signingToken: null } });
}

// ok: missing-auth, missing-input-validation
export async function getRelease(releaseId: string) {
  const ctx = await requireRole("owner", "admin", "claims_manager", "adjuster", "finance");
  const id = z.string().cuid().parse(releaseId);
  // ok: missing-authorization
  const rel = await prisma.settlementRelease.findFirst({ where: { id, tenantId: ctx.tenantId } });
  // ruleid: excessive-data-exposure
  return rel;
}
