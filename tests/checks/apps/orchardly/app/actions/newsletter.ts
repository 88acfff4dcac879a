"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { harvestItems, newsletters, members } from "@/db/schema";
import { farmActionClient, ownerActionClient, actionClient } from "@/lib/safe-action";
import { draftNewsletter, openai } from "@/lib/openai";
import { sendMail } from "@/lib/mail";
import { strictRatelimit, clientIp } from "@/lib/ratelimit";
import { weekSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const writeNewsletter = farmActionClient
  .metadata({ name: "writeNewsletter" })
  .schema(z.object({ week: weekSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const items = await db.select({ item: harvestItems.item, quantity: harvestItems.quantity, unit: harvestItems.unit }).from(harvestItems).where(and(eq(harvestItems.farmId, ctx.farm.id), eq(harvestItems.week, parsedInput.week)));
    const body = await draftNewsletter(ctx.farm.name, items);
    // ok: mass-assignment
    const [row] = await db.insert(newsletters).values({ farmId: ctx.farm.id, week: parsedInput.week, body }).returning({ id: newsletters.id });
    return { id: row.id, body };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const sendNewsletter = ownerActionClient
  .metadata({ name: "sendNewsletter" })
  .schema(z.object({ newsletterId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [nl] = await db.select({ body: newsletters.body, week: newsletters.week }).from(newsletters).where(and(eq(newsletters.id, parsedInput.newsletterId), eq(newsletters.farmId, ctx.farm.id))).limit(1);
    if (!nl) return { error: "Not found" };
    const recipients = await db.select({ email: members.email }).from(members).where(eq(members.farmId, ctx.farm.id));
    await sendMail(recipients.map((r) => r.email), `${ctx.farm.name}: week of ${nl.week}`, nl.body);
    await db.update(newsletters).set({ sentAt: new Date() }).where(eq(newsletters.id, parsedInput.newsletterId));
    return { sent: recipients.length };
  });

// Marketing-site demo: anyone can paste a harvest list and get a sample newsletter.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const demoNewsletter = actionClient
  .metadata({ name: "demoNewsletter" })
  .schema(z.object({ farmName: z.string().max(60), harvest: z.string().max(2000) }))
  .action(async ({ parsedInput }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Write a 120-word CSA newsletter for ${parsedInput.farmName}. Harvest: ${parsedInput.harvest}` }],
    });
    return { body: completion.choices[0]?.message?.content ?? "" };
  });

// Same demo, the version that shipped after the bill spike.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const demoNewsletterLimited = actionClient
  .metadata({ name: "demoNewsletterLimited" })
  .schema(z.object({ farmName: z.string().max(60), harvest: z.string().max(2000) }))
  .action(async ({ parsedInput }) => {
    const { success } = await strictRatelimit.limit(`demo:${await clientIp()}`);
    if (!success) return { error: "Try again in a few minutes." };
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Write a 120-word CSA newsletter for ${parsedInput.farmName}. Harvest: ${parsedInput.harvest}` }],
    });
    return { body: completion.choices[0]?.message?.content ?? "" };
  });

// ok: missing-auth, missing-input-validation
export const previewNewsletter = farmActionClient
  .metadata({ name: "previewNewsletter" })
  .schema(z.object({ newsletterId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const [nl] = await db.select({ body: newsletters.body, week: newsletters.week }).from(newsletters).where(eq(newsletters.id, parsedInput.newsletterId)).limit(1);
    // ok: excessive-data-exposure
    return nl ?? null;
  });
