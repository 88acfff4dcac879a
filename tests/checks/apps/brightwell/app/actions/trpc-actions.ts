"use server";

import { z } from "zod";
import { actionProcedure } from "@/lib/trpc/init";
import { db } from "@/lib/db";

// tRPC v11 procedures exported as server actions; protectedProcedure authenticates.
// ok: missing-auth, missing-input-validation
export const checkInVolunteer = actionProcedure
  .input(z.object({ signupId: z.string().cuid() }))
  .mutation(async ({ ctx, input }) => {
    // ok: missing-authorization
    await db.shiftSignup.updateMany({ where: { id: input.signupId, shift: { schoolId: ctx.user.schoolId } }, data: { checkedIn: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const logHours = actionProcedure
  .input(z.object({ signupId: z.string().cuid(), hours: z.number().min(0).max(12) }))
  .mutation(async ({ ctx, input }) => {
    // ok: missing-authorization, mass-assignment
    const res = await db.shiftSignup.updateMany({ where: { id: input.signupId, shift: { schoolId: ctx.user.schoolId } }, data: { hours: input.hours } });
    return { updated: res.count };
  });
