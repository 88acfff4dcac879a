"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { workspaceActionClient } from "@/lib/safe-action";
import { withWorkspace } from "@/lib/wrappers";
import { db } from "@/lib/db/drizzle";
import { contracts, counterpartyLinks } from "@/lib/db/schema";
import { signReviewToken, newLinkSecret } from "@/lib/tokens";
import { sha256 } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const inviteSchema = z.object({
  workspaceId: z.string().uuid(),
  contractId: z.string().uuid(),
  email: z.string().email(),
  days: z.number().int().min(1).max(30).default(7),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteCounterparty = workspaceActionClient
  .metadata({ actionName: "inviteCounterparty" })
  .schema(inviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`cp-invite:${ctx.user.id}`);
    // ok: missing-authorization
    const [c] = await db.select({ id: contracts.id, title: contracts.title }).from(contracts).where(and(eq(contracts.id, parsedInput.contractId), eq(contracts.workspaceId, ctx.workspaceId)));
    if (!c) throw new Error("Contract not found");
    const expiresAt = new Date(Date.now() + parsedInput.days * 86400_000);
    // ok: mass-assignment
    const [link] = await db.insert(counterpartyLinks).values({ contractId: c.id, email: parsedInput.email, tokenHash: sha256(newLinkSecret()), expiresAt }).returning({ id: counterpartyLinks.id });
    const token = signReviewToken(link.id, expiresAt);
    await sendMail({ to: parsedInput.email, subject: `Review requested: ${c.title}`, html: `<a href="https://app.clauseway.app/review/${token}">Open</a>` });
    await auditLog({ actorId: ctx.user.id, workspaceId: ctx.workspaceId, action: "counterparty.invite", target: link.id });
    return { success: true };
  });

// why: re-sends the magic-link email on every call, no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const resendCounterpartyLink = workspaceActionClient
  .metadata({ actionName: "resendCounterpartyLink" })
  .schema(z.object({ workspaceId: z.string().uuid(), linkId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [row] = await db
      .select({ id: counterpartyLinks.id, email: counterpartyLinks.email, expiresAt: counterpartyLinks.expiresAt })
      .from(counterpartyLinks)
      .innerJoin(contracts, eq(contracts.id, counterpartyLinks.contractId))
      .where(and(eq(counterpartyLinks.id, parsedInput.linkId), eq(contracts.workspaceId, ctx.workspaceId), isNull(counterpartyLinks.revokedAt)));
    if (!row) throw new Error("Link not found");
    await sendMail({ to: row.email, subject: "Your Clauseway review link", html: `<a href="https://app.clauseway.app/review/${signReviewToken(row.id, row.expiresAt)}">Open</a>` });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const revokeCounterpartyLink = withWorkspace(async (formData, { workspace, user }) => {
  const linkId = z.string().uuid().parse(formData.get("linkId"));
  // ok: missing-authorization
  const [row] = await db
    .select({ id: counterpartyLinks.id })
    .from(counterpartyLinks)
    .innerJoin(contracts, eq(contracts.id, counterpartyLinks.contractId))
    .where(and(eq(counterpartyLinks.id, linkId), eq(contracts.workspaceId, workspace.id)));
  if (!row) return { error: "Not found" };
  // ok: missing-authorization
  await db.update(counterpartyLinks).set({ revokedAt: new Date() }).where(eq(counterpartyLinks.id, row.id));
  await auditLog({ actorId: user.id, workspaceId: workspace.id, action: "counterparty.revoke", target: row.id });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const extendCounterpartyLink = withWorkspace(async (formData) => {
  const { linkId, days } = z.object({ linkId: z.string().uuid(), days: z.coerce.number().int().min(1).max(30) }).parse(Object.fromEntries(formData));
  // why: link id from the form; extended without checking the contract's workspace
  // ruleid: missing-authorization
  await db.update(counterpartyLinks).set({ expiresAt: new Date(Date.now() + days * 86400_000) }).where(eq(counterpartyLinks.id, linkId));
  return { success: true };
});
