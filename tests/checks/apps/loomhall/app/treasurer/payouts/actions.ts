"use server";

import { z } from "zod";
import { treasurerProcedure, memberProcedure } from "@/lib/zsa";
import { ledgerDb } from "@/lib/db/kysely";
import { addEntry } from "@/lib/data/ledger";
import { auditLog } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createPayout = treasurerProcedure
  .createServerAction()
  .input(z.object({ studioId: z.string().cuid(), amountCents: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    const studio = await prisma.studio.findUniqueOrThrow({ where: { id: input.studioId }, select: { payoutIban: true } });
    const id = crypto.randomUUID();
    // ok: mass-assignment, missing-authorization
    await ledgerDb.insertInto("payouts").values({ id, studio_id: input.studioId, amount_cents: input.amountCents, status: "draft", iban: studio.payoutIban ?? "", approved_by: null }).execute();
    await auditLog({ actorId: ctx.userId, action: "payout.created", target: id });
    return { id };
  });

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export const approvePayout = treasurerProcedure
  .createServerAction()
  .input(z.object({ payoutId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const payout = await ledgerDb.updateTable("payouts").set({ status: "approved", approved_by: ctx.userId }).where("id", "=", input.payoutId).returning(["studio_id", "amount_cents"]).executeTakeFirstOrThrow();
    await addEntry({ studioId: payout.studio_id, kind: "payout", amountCents: -payout.amount_cents, reference: input.payoutId, createdBy: ctx.userId });
    return { ok: true };
  });

// Members can see the payouts of the studio they belong to.
// ok: missing-auth, missing-input-validation
export const studioPayouts = memberProcedure
  .createServerAction()
  .input(z.object({ studioId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const rows = await ledgerDb.selectFrom("payouts").selectAll().where("studio_id", "=", input.studioId).execute();
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const myStudioPayouts = memberProcedure
  .createServerAction()
  .input(z.object({ studioId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const membership = await prisma.studioMember.findFirst({ where: { studioId: input.studioId, userId: ctx.userId }, select: { id: true } });
    if (!membership) throw new Error("Not a member of this studio");
    // ok: missing-authorization
    const rows = await ledgerDb.selectFrom("payouts").select(["id", "amount_cents", "status"]).where("studio_id", "=", input.studioId).execute();
    // ok: excessive-data-exposure
    return rows;
  });
