"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { withOptionalUser } from "@/lib/wrappers";
import { anthropic, DESCRIPTION_SYSTEM_PROMPT } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const writeEventDescription = authActionClient
  .metadata({ actionName: "writeEventDescription" })
  .inputSchema(
    z.object({
      title: z.string().min(3).max(120),
      venue: z.string().max(200).optional(),
      vibe: z.string().max(200).optional(),
    }),
  )
  .action(async ({ parsedInput: { title, venue, vibe } }) => {
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      system: DESCRIPTION_SYSTEM_PROMPT,
      prompt: `Event: ${title}\nVenue: ${venue ?? "TBA"}\nTone: ${vibe ?? "friendly"}`,
      maxTokens: 400,
    });
    return { text };
  });

// Used by the public "create your first event" landing demo (no account yet).
// ruleid: missing-rate-limit
export async function previewDescription(title: string) {
  if (typeof title !== "string" || title.length > 120) throw new Error("Title too long");
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: DESCRIPTION_SYSTEM_PROMPT,
    prompt: `Write a two-sentence teaser for an event called "${title}".`,
  });
  return text;
}

// ruleid: missing-auth, missing-rate-limit, missing-input-validation
export const translateDescription = withOptionalUser(async (_user, eventId: string, locale: string) => {
  const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { description: true } });
  const message = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Translate into ${locale}. Keep formatting.\n\n${event.description ?? ""}` }],
  });
  const translated = message.content.map((c) => (c.type === "text" ? c.text : "")).join("");
  await prisma.eventTranslation.upsert({
    where: { eventId_locale: { eventId, locale } },
    create: { eventId, locale, description: translated },
    update: { description: translated },
  });
  return { translated };
});
