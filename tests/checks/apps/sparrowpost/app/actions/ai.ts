"use server";

import * as v from "valibot";
import { simplifyForParents } from "@/lib/ai";
import { withStaff } from "@/lib/with-staff";
import { checkRateLimit } from "@/lib/ratelimit";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const simplifyAnnouncement = withStaff(async ({ user }, text: string) => {
  const body = v.parse(v.pipe(v.string(), v.maxLength(8000)), text);
  if (!(await checkRateLimit(`ai:${user.id}`))) return { error: "AI limit reached for now." };
  return { text: await simplifyForParents(body) };
});

// Used by the public events page "translate" button.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function translateEventBlurb(blurb: string, language: string) {
  const input = v.parse(v.object({ blurb: v.pipe(v.string(), v.maxLength(2000)), language: v.picklist(["pl", "ro", "ur", "ar", "es", "fr"]) }), { blurb, language });
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Translate into ${input.language}:\n${input.blurb}` });
  return text;
}
