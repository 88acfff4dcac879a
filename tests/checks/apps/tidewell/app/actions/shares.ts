"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { createServerAction } from "zsa";
import { db } from "@/lib/db/drizzle";
import { shares, shareTransfers, members } from "@/lib/db/schema";
import { investorProcedure, accreditedProcedure, optionalInvestorProcedure } from "@/lib/zsa";
import { transferSchema } from "@/lib/validators";
import { hashToken, safeEqual } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const offerTransfer = accreditedProcedure
  .createServerAction()
  .input(transferSchema)
  .handler(async ({ input, ctx }) => {
    const [holding] = await db
      .select({ id: shares.id, units: shares.units })
      .from(shares)
      .innerJoin(members, eq(members.id, shares.memberId))
      .where(and(eq(shares.id, input.shareId), eq(members.userId, ctx.user.id)));
    if (!holding || holding.units < input.units) throw new Error("Not enough units");
    const token = randomBytes(32).toString("hex");
    // ok: mass-assignment, missing-authorization
    const [t] = await db
      .insert(shareTransfers)
      .values({ ...input, fromMemberId: holding.id, acceptToken: hashToken(token) })
      .returning({ id: shareTransfers.id });
    return { id: t.id, token };
  });

// ok: missing-auth, missing-input-validation
export const acceptTransfer = investorProcedure
  .createServerAction()
  .input(z.object({ transferId: z.string().uuid(), token: z.string().length(64) }))
  .handler(async ({ input, ctx }) => {
    const [me] = await db.select({ id: members.id }).from(members).where(eq(members.userId, ctx.user.id));
    // ok: missing-authorization
    const [t] = await db
      .select({ id: shareTransfers.id, acceptToken: shareTransfers.acceptToken })
      .from(shareTransfers)
      .where(and(eq(shareTransfers.id, input.transferId), eq(shareTransfers.toMemberId, me.id)));
    // ok: timing-unsafe-comparison
    if (!t?.acceptToken || !safeEqual(t.acceptToken, hashToken(input.token))) throw new Error("Invalid token");
    await db.update(shareTransfers).set({ status: "accepted", acceptToken: null }).where(eq(shareTransfers.id, t.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const cancelTransfer = investorProcedure
  .createServerAction()
  .input(z.object({ transferId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.update(shareTransfers).set({ status: "cancelled" }).where(eq(shareTransfers.id, input.transferId));
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const quoteTransfer = optionalInvestorProcedure
  .createServerAction()
  .input(z.object({ shareId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const [s] = await db
      .select({ units: shares.units, purchasePriceCents: shares.purchasePriceCents, memberId: shares.memberId })
      .from(shares)
      .innerJoin(members, eq(members.id, shares.memberId))
      .where(and(eq(shares.id, input.shareId), eq(members.userId, ctx.user?.id as string)));
    return s ? { units: s.units, unitPrice: s.purchasePriceCents / s.units } : null;
  });

// ok: missing-auth, missing-input-validation
export const myTransfers = createServerAction()
  .input(z.object({ page: z.number().int().min(1).default(1) }))
  .handler(async () => {
    const { getCurrentUser } = await import("@/lib/dal");
    const user = await getCurrentUser();
    if (!user) throw new Error("Sign in");
    const [me] = await db.select({ id: members.id }).from(members).where(eq(members.userId, user.id));
    // ok: missing-authorization
    const rows = await db.select().from(shareTransfers).where(eq(shareTransfers.fromMemberId, me.id));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const forceTransfer = accreditedProcedure
  .createServerAction()
  .input(z.object({ transferId: z.string().uuid(), toMemberId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    await db.update(shareTransfers).set({ toMemberId: input.toMemberId, status: "accepted" }).where(eq(shareTransfers.id, input.transferId)); // ruleid: missing-authorization
    await auditLog({ actorId: ctx.user.id, action: "transfer.forced", target: input.transferId });
    return { ok: true };
  });
