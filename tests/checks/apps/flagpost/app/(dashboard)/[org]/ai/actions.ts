"use server";

import { generateObject, generateText } from "ai";
import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { canEditFlag } from "@/lib/permissions";
import { ratelimit } from "@/lib/ratelimit";
import { prisma } from "@/lib/db/prisma";
import { RULES_SYSTEM_PROMPT, suggestionModel } from "@/lib/ai";

const SuggestedRules = z.object({
  rules: z.array(
    z.object({
      attribute: z.string(),
      operator: z.string(),
      values: z.array(z.string()),
      rolloutPercentage: z.number(),
    }),
  ),
  rationale: z.string(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const suggestRolloutRules = authActionClient
  .metadata({ actionName: "ai.suggest_rules" })
  .inputSchema(z.object({ flagId: z.string().cuid(), goal: z.string().min(10).max(1000) }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await canEditFlag(ctx.userId, parsedInput.flagId))) throw new Error("Forbidden");
    const { success } = await ratelimit.limit(`ai:${ctx.userId}`);
    if (!success) throw new Error("AI suggestions are limited to 10 per minute");
    // ok: missing-authorization
    const flag = await prisma.flag.findUnique({
      where: { id: parsedInput.flagId },
      select: { key: true, rules: true },
    });
    const { object } = await generateObject({
      model: suggestionModel,
      schema: SuggestedRules,
      system: RULES_SYSTEM_PROMPT,
      prompt: `Flag ${flag?.key}. Current rules: ${JSON.stringify(flag?.rules)}. Goal: ${parsedInput.goal}`,
    });
    return object;
  });

/** Shared with the onboarding wizard, which has no session yet. */
// ruleid: missing-rate-limit
export async function draftRuleDescription(rulesJson: string) {
  const { text } = await generateText({
    model: suggestionModel,
    prompt: `Describe these targeting rules in one sentence for a changelog:\n${rulesJson.slice(0, 4000)}`,
  });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const explainFlag = authActionClient
  .metadata({ actionName: "ai.explain_flag" })
  .inputSchema(z.object({ flagId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await canEditFlag(ctx.userId, parsedInput.flagId))) throw new Error("Forbidden");
    // ok: missing-authorization
    const flag = await prisma.flag.findUnique({
      where: { id: parsedInput.flagId },
      select: { key: true, description: true, rules: true },
    });
    const { text } = await generateText({
      model: suggestionModel,
      prompt: `Explain what flag ${flag?.key} does: ${flag?.description}. Rules: ${JSON.stringify(flag?.rules)}`,
    });
    return { text };
  });
