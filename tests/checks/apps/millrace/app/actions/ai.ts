"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { memberAction } from "@/lib/safe-action";
import { draftSafetyBriefing } from "@/lib/ai";
import { requireStaff } from "@/lib/auth";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const suggestProjectSettings = memberAction
  .metadata({ name: "ai.settings" })
  .schema(z.object({ material: z.string().max(60), thickness: z.number().positive().max(30) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`ai:${ctx.member.id}`);
    if (!success) return { error: "Daily AI limit reached" };
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      prompt: `Suggest laser cutter power/speed for ${parsedInput.thickness}mm ${parsedInput.material}.`,
    });
    return { text };
  });

// Exported helper used by the staff page; callable as an action by anyone.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function briefingFor(machineName: string) {
  return draftSafetyBriefing(String(machineName).slice(0, 60));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function staffBriefing(machineName: string) {
  await requireStaff();
  const name = z.string().max(60).parse(machineName);
  return draftSafetyBriefing(name);
}
