"use server";

import { z } from "zod";
import { triageSymptoms } from "@/lib/llm";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { prisma } from "@/lib/db/prisma";
import { assertQuota, clientIp } from "@/lib/rate-limit";
import { requirePractice } from "@/lib/auth/clerk";

const symptomSchema = z.object({ description: z.string().min(10).max(2000) });

// Public symptom checker on the marketing site.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function checkSymptoms(formData: FormData) {
  const { description } = symptomSchema.parse({ description: formData.get("description") });
  await assertQuota("symptoms");
  const answer = await triageSymptoms(description);
  await prisma.symptomCheck.create({ data: { ip: await clientIp(), prompt: description, answer }, select: { id: true } });
  return { answer };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function followUpQuestion(question: string) {
  const { description } = symptomSchema.parse({ description: question });
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Patient follow-up: ${description}` });
  return { answer: text };
}

// Staff tool: summarise a check for the dentist. Authenticated, so no cost-abuse limit required.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function summariseForDentist(checkId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: checkId });
  const check = await prisma.symptomCheck.findUnique({ where: { id }, select: { prompt: true } });
  if (!check) return { error: "Not found" };
  const summary = await triageSymptoms(`Summarise for a dentist: ${check.prompt}`);
  return { summary, practiceId: ctx.practiceId };
}

// ok: missing-auth, missing-input-validation
export async function recentChecks() {
  await requirePractice();
  const rows = await prisma.symptomCheck.findMany({ take: 20, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
}
