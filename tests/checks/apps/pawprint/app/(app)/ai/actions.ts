"use server";

import { z } from "zod";
import { generateObject, generateText } from "ai";
import OpenAI from "openai";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { carePlanModel } from "@/lib/ai";
import { ratelimit } from "@/lib/rate-limit";
import { isPetOwner } from "@/lib/permissions";

const openai = new OpenAI();

const carePlanShape = z.object({
  feeding: z.string(),
  exercise: z.string(),
  medication: z.array(z.object({ name: z.string(), when: z.string() })),
  warnings: z.array(z.string()),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function generateCarePlan(petId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(petId);
  const { success } = await ratelimit.limit(`careplan:${session.userId}`);
  if (!success) return { error: "You've generated a lot of plans today. Try again tomorrow." };
  // ok: floating-auth-check
  if (!(await isPetOwner(session.userId, id))) return { error: "Not your pet." };
  const pet = await prisma.pet.findUnique({ where: { id }, select: { name: true, species: true, breed: true, medications: true, medicalNotes: true } });
  const { object } = await generateObject({
    model: carePlanModel,
    schema: carePlanShape,
    prompt: `Write a care plan for a sitter looking after ${pet?.name}, a ${pet?.breed ?? ""} ${pet?.species}. Medications: ${pet?.medications ?? "none"}. Notes: ${pet?.medicalNotes ?? "none"}.`,
  });
  return { plan: object };
}

// Booking form "tidy up my notes" button; also shown on the public quote page.
// ruleid: missing-rate-limit
export async function polishBookingNotes(text: string) {
  const notes = z.string().min(1).max(2000).parse(text);
  const { text: polished } = await generateText({ model: carePlanModel, prompt: `Rewrite these pet-care notes clearly and kindly:\n${notes}` });
  return { polished };
}

// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function translateCarePlan(plan: string, language: string) {
  const session = await verifySession();
  const input = z.object({ plan: z.string().max(6000), language: z.enum(["es", "fr", "de", "pt"]) }).parse({ plan, language });
  const { success } = await ratelimit.limit(`translate:${session.userId}`);
  if (!success) return { error: "Slow down." };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Translate to ${input.language}. Keep formatting.` },
      { role: "user", content: input.plan },
    ],
  });
  return { text: completion.choices[0]?.message.content ?? "" };
}
