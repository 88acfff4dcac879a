"use server";

import { z } from "zod";
import { desc, eq } from "drizzle-orm";
import { familyProcedure } from "@/lib/zsa";
import { db } from "@/lib/db/drizzle";
import { familyMessages } from "@/lib/db/schema";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth
export const listMessages = familyProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await db.select().from(familyMessages).where(eq(familyMessages.clientId, ctx.member.clientId)).orderBy(desc(familyMessages.createdAt)).limit(100);
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const textCoordinator = familyProcedure
  .createServerAction()
  .input(z.object({ message: z.string().min(1).max(300) }))
  .handler(async ({ input, ctx }) => {
    await sendSms(process.env.COORDINATOR_ON_CALL_PHONE!, `[Family of ${ctx.member.clientId}] ${input.message}`);
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textCoordinatorLimited = familyProcedure
  .createServerAction()
  .input(z.object({ message: z.string().min(1).max(300) }))
  .handler(async ({ input, ctx }) => {
    await rateLimitByIp(`family-sms:${ctx.clerkUserId}`, 3);
    try {
      await sendSms(process.env.COORDINATOR_ON_CALL_PHONE!, `[Family of ${ctx.member.clientId}] ${input.message}`);
      return { success: true };
    } catch (e) {
      // ruleid: information-disclosure
      return { success: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
