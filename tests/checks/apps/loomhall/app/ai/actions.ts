"use server";

import { z } from "zod";
import { authActionClient, actionClient } from "@/lib/safe-action";
import { draftDescription } from "@/lib/ai";
import { rateLimitByKey, rateLimitByIp } from "@/lib/rate-limit";
import { verifySession } from "@/lib/dal";

const draftSchema = z.object({ title: z.string().min(2).max(120), materials: z.string().max(300), notes: z.string().max(1000).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftProductDescription = authActionClient
  .metadata({ name: "draftProductDescription" })
  .schema(draftSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`ai:${ctx.userId}`);
    return { text: await draftDescription(parsedInput) };
  });

// Marketing wanted a "try it" box on the landing page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const tryDescriptionDrafter = actionClient
  .metadata({ name: "tryDescriptionDrafter" })
  .schema(draftSchema)
  .action(async ({ parsedInput }) => {
    return { text: await draftDescription(parsedInput) };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const tryDescriptionDrafterLimited = actionClient
  .metadata({ name: "tryDescriptionDrafterLimited" })
  .schema(draftSchema)
  .action(async ({ parsedInput }) => {
    await rateLimitByIp("ai-demo");
    return { text: await draftDescription(parsedInput) };
  });

// ok: missing-auth, missing-rate-limit
export async function draftFromWorkshop(input: { title: string; materials: string }) {
  await verifySession();
  const data = draftSchema.parse(input);
  return draftDescription(data);
}

// Exported helper left in the actions file for the seed script.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function draftForSeed(title: string, materials: string) {
  return draftDescription({ title, materials });
}
