"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { centreAction, trackedClient } from "@/lib/safe-action";
import { db } from "@/lib/db/kysely";
import { draftAppeal } from "@/lib/ai";
import { appealSchema } from "@/lib/validators";
import { notifyDonorBySms } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftShortageAppeal = centreAction
  .metadata({ actionName: "draftShortageAppeal", roles: ["manager"] })
  .inputSchema(appealSchema)
  .action(async ({ parsedInput, ctx }) => {
    const centre = await db.selectFrom("centres").select(["name"]).where("id", "=", ctx.centreId).executeTakeFirstOrThrow();
    const text = await draftAppeal(centre.name, parsedInput.bloodType, parsedInput.tone);
    return { text };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendShortageAppeal = centreAction
  .metadata({ actionName: "sendShortageAppeal", roles: ["manager"], audit: true })
  .inputSchema(z.object({ bloodType: appealSchema.shape.bloodType, message: z.string().min(10).max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    const donors = await db
      .selectFrom("donors")
      .select(["phone"])
      .where("centreId", "=", ctx.centreId)
      .where("bloodType", "=", parsedInput.bloodType)
      .where("smsOptIn", "=", true)
      .execute();
    let sent = 0;
    for (const d of donors) {
      const r = await notifyDonorBySms(d.phone, parsedInput.message);
      if (r.sent) sent++;
    }
    return { sent };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const testAppealSms = centreAction
  .metadata({ actionName: "testAppealSms", roles: ["manager"] })
  .inputSchema(z.object({ phone: z.string().regex(/^\+\d{8,15}$/), message: z.string().max(300) }))
  .action(async ({ parsedInput }) => {
    await sendSms(parsedInput.phone, parsedInput.message);
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-rate-limit
export const previewAppeal = trackedClient
  .metadata({ actionName: "previewAppeal" })
  .inputSchema(appealSchema)
  .action(async ({ parsedInput }) => {
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      prompt: `Write a ${parsedInput.tone} appeal for ${parsedInput.bloodType} blood donors.`,
    });
    return { text };
  });

// Marketing demo on the landing page: public by design, but rate limited.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function landingAppealDemo(bloodType: string) {
  const bt = appealSchema.shape.bloodType.parse(bloodType);
  const { success } = await ratelimit.limit("landing-demo");
  if (!success) return { text: "Demo is busy, try again in a minute." };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `One-line appeal for ${bt} donors.` });
  return { text };
}
