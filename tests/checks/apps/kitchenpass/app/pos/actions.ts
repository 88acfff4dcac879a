"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { posClient } from "@/lib/actions/soft-client";
import { authActionClient } from "@/lib/actions/safe-action";

// ok: missing-input-validation
// ruleid: missing-auth
export const voidTicket = posClient
  .schema(z.object({ ticketId: z.string().uuid(), reason: z.string().max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.$executeRaw`UPDATE pos_tickets SET voided_at = now(), voided_by = ${ctx.userId}, void_reason = ${parsedInput.reason} WHERE id = ${parsedInput.ticketId}`;
    return { voided: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const applyStaffDiscount = posClient
  .schema(z.object({ ticketId: z.string().uuid(), percent: z.number().int().min(0).max(50) }))
  .action(async ({ parsedInput }) => {
    await prisma.$executeRaw`UPDATE pos_tickets SET discount_pct = ${parsedInput.percent} WHERE id = ${parsedInput.ticketId}`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const ticketTotals = authActionClient
  .metadata({ actionName: "ticketTotals" })
  .schema(z.object({ ticketId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await prisma.$queryRaw<{ total: number }[]>`
      SELECT total_cents AS total FROM pos_tickets t JOIN "Venue" v ON v.id = t.venue_id
       WHERE t.id = ${parsedInput.ticketId} AND v."groupId" = ${ctx.groupId}`;
    // ok: excessive-data-exposure
    return { total: rows[0]?.total ?? 0 };
  });
