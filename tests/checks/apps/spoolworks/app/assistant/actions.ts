"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { authActionClient } from "@/lib/safe-action";
import { checkRateLimit } from "@/lib/rate-limit";
import { suggestSlicerSettings } from "@/lib/ai";
import { ActionError } from "@/lib/errors";

const Ask = z.object({ question: z.string().min(3).max(2000), printer: z.string().max(80).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const askAssistant = authActionClient
  .metadata({ actionName: "askAssistant" })
  .schema(Ask)
  .action(async ({ parsedInput, ctx: { user } }) => {
    if (!(await checkRateLimit(`ai:${user.id}`))) throw new ActionError("Daily assistant limit reached.");
    const answer = await suggestSlicerSettings(parsedInput.question, parsedInput.printer);
    return { answer };
  });

// Used by the "explain this setting" tooltip; kept exported after the tooltip moved to the API route.
// why: exported from a use-server module: anonymous callers reach a paid model with no auth and no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function explainSetting(setting: string) {
  const name = z.string().max(60).parse(setting);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain the slicer setting "${name}" in two sentences.` });
  return text;
}

// why: public guest preview of the assistant with no throttle (cost abuse)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function guestAssistantPreview(_prev: unknown, formData: FormData) {
  const parsed = Ask.safeParse({ question: formData.get("question") });
  if (!parsed.success) return { error: "Ask a longer question." };
  try {
    const answer = await suggestSlicerSettings(parsed.data.question);
    return { answer };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { error: "The assistant is unavailable right now." };
  }
}
