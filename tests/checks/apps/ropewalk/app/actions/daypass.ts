"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import dbConnect from "@/lib/db";
import DayPass from "@/models/DayPass";
import Gym from "@/models/Gym";
import { publicProcedure, staffProcedure } from "@/lib/procedures";
import { rateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { email, objectId } from "@/lib/validation";

// Guest checkout (payment is confirmed later by the payment webhook).
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const buyDayPass = publicProcedure
  .createServerAction()
  .input(z.object({ gymId: objectId, email, validOn: z.coerce.date() }))
  .handler(async ({ input, ctx }) => {
    await rateLimit("mail", `daypass:${ctx.ip}`);
    await dbConnect();
    const gym = await Gym.findById(input.gymId).select("name").lean();
    if (!gym) return { error: "Unknown gym" };
    const code = randomBytes(5).toString("hex").toUpperCase();
    // ok: mass-assignment
    await DayPass.create({ gymId: input.gymId, guestEmail: input.email, validOn: input.validOn, code, priceCents: 2200 });
    await sendMail({ to: input.email, subject: `Your day pass for ${gym.name}`, text: `Show code ${code} at the desk.` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const redeemDayPass = staffProcedure
  .createServerAction()
  .input(z.object({ code: z.string().regex(/^[A-F0-9]{10}$/) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    const pass = await DayPass.findOneAndUpdate(
      { code: input.code, gymId: ctx.gymId, redeemedAt: null },
      { $set: { redeemedAt: new Date() } },
      { new: true, projection: { validOn: 1, guestEmail: 1 } },
    );
    if (!pass) return { error: "Pass not valid here." };
    // ok: excessive-data-exposure
    return { ok: true, validOn: pass.validOn };
  });

// "Who's coming in today" board for the desk tablet. Built on the public procedure by mistake.
// todoruleid: missing-auth -- known gap (pass 42, M): read of private day passes on zsa publicProcedure not flagged
export const listTodaysDayPasses = publicProcedure
  .createServerAction()
  .input(z.object({ gymId: objectId }))
  .handler(async ({ input }) => {
    await dbConnect();
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const passes = await DayPass.find({ gymId: input.gymId, validOn: { $gte: start } }).lean();
    // ruleid: excessive-data-exposure
    return passes;
  });
