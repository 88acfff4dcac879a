"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import OpenAI from "openai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { ratelimit } from "@/lib/ratelimit";

const client = new OpenAI();

const DescribeInput = z.object({
  dish: z.string().min(2).max(120),
  ingredients: z.array(z.string().max(60)).max(30),
  tone: z.enum(["classic", "playful", "fine-dining"]).default("classic"),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function writeMenuDescription(input: z.input<typeof DescribeInput>) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in to use the writer");
  const { dish, ingredients, tone } = DescribeInput.parse(input);
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `You write ${tone} restaurant menu descriptions in under 40 words.`,
    prompt: `Dish: ${dish}\nIngredients: ${ingredients.join(", ")}`,
  });
  return { text };
}

// ok: missing-auth, missing-input-validation
export async function saveGeneratedDescription(itemId: string, description: string) {
  const { orgId } = await auth.protect();
  const input = z.object({ itemId: z.string().cuid(), description: z.string().max(1000) }).parse({ itemId, description });
  // ok: missing-authorization
  await prisma.menuItem.updateMany({ where: { id: input.itemId, venue: { groupId: orgId! } }, data: { description: input.description } });
}

// Preview on the public "try the AI writer" marketing page
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function previewDescription(dish: string) {
  const name = z.string().min(2).max(80).parse(dish);
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write a two-sentence menu description for ${name}.` }],
  });
  return completion.choices[0]?.message.content ?? "";
}

// Same marketing page, after the cost spike
// ok: missing-input-validation, missing-rate-limit
export async function previewDescriptionLimited(dish: string) {
  const name = z.string().min(2).max(80).parse(dish);
  const { success } = await ratelimit.limit("ai-preview:global");
  if (!success) return "The demo is busy, try again in a minute.";
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Two-sentence menu description for ${name}.` });
  return text;
}
