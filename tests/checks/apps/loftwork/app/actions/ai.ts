"use server";

import { z } from "zod";
import { draftBlurb } from "@/lib/ai";
import { authedProcedure, rateLimitedPublicProcedure } from "@/lib/zsa";
import { isEventOrganizer } from "@/lib/permissions";
import { db } from "@/lib/db";

// ruleid: missing-rate-limit
export async function generateEventBlurb(title: string, details: string) {
  const text = await draftBlurb(String(title).slice(0, 160), String(details).slice(0, 1000));
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const generateBlurbForMyEvent = authedProcedure
  .createServerAction()
  .input(z.object({ eventId: z.string().uuid(), details: z.string().max(1000) }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isEventOrganizer(ctx.user.id, input.eventId))) throw new Error("Forbidden");
    // ok: missing-authorization
    const ev = await db.selectFrom("events").select(["title"]).where("id", "=", input.eventId).executeTakeFirstOrThrow();
    return { text: await draftBlurb(ev.title, input.details) };
  });

// ok: missing-rate-limit, missing-input-validation
export const suggestLocationTagline = rateLimitedPublicProcedure
  .createServerAction()
  .input(z.object({ city: z.string().min(2).max(60) }))
  .handler(async ({ input }) => {
    return { text: await draftBlurb(`Loftwork ${input.city}`, "A one-line tagline for our coworking space") };
  });

// ruleid: missing-auth
export async function saveGeneratedBlurb(eventId: string, text: string) {
  const input = z.object({ eventId: z.string().uuid(), text: z.string().max(2000) }).parse({ eventId, text });
  await db.updateTable("events").set({ blurb: input.text }).where("id", "=", input.eventId).execute();
}
