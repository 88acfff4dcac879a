"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { openai } from "@/lib/ai";
import { getOptionalSession, verifySession } from "@/lib/dal";

// Snap a photo of a meal, get a plan. Also reachable from the public "try it" page.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function generateNutritionPlan(_prev: unknown, formData: FormData) {
  const session = await getOptionalSession();
  const photo = formData.get("photo");
  if (!(photo instanceof File) || !photo.type.startsWith("image/") || photo.size > 5_000_000) {
    return { error: "Upload a photo of your meal." };
  }
  const goal = z.enum(["lose", "maintain", "gain"]).parse(formData.get("goal"));
  const b64 = Buffer.from(await photo.arrayBuffer()).toString("base64");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are a sports nutritionist. Return JSON with meals and macros." },
      {
        role: "user",
        content: [
          { type: "text", text: `Goal: ${goal}. Build a 7-day plan around this meal.` },
          { type: "image_url", image_url: { url: `data:${photo.type};base64,${b64}` } },
        ],
      },
    ],
    response_format: { type: "json_object" },
  });
  const body = JSON.parse(completion.choices[0]?.message.content ?? "{}");
  const plan = await prisma.nutritionPlan.create({ data: { userId: session?.userId ?? null, body }, select: { id: true } });
  return { planId: plan.id, body };
}

// ok: missing-auth, missing-input-validation
export async function getNutritionPlan(planId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(planId);
  // ok: missing-authorization
  const plan = await prisma.nutritionPlan.findFirst({ where: { id, userId }, select: { id: true, body: true, createdAt: true } });
  // ok: excessive-data-exposure
  return plan;
}
