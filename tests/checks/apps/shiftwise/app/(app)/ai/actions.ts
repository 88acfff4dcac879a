"use server";

import { z } from "zod";
import { generateObject, generateText } from "ai";
import { openai as aiOpenai } from "@ai-sdk/openai";
import { auth } from "@clerk/nextjs/server";
import { openai, SCHEDULE_MODEL } from "@/lib/ai";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function buildScheduleDraft(locationId: string, weekStart: string) {
  const { userId, orgId } = await auth.protect();
  const p = z.object({ locationId: z.string().cuid(), weekStart: z.string().date() }).parse({ locationId, weekStart });
  const employer = await prisma.employer.findUnique({ where: { slug: orgId! }, select: { id: true } });
  const staff = await prisma.employee.findMany({ where: { employerId: employer?.id ?? "", status: "active" }, select: { id: true, firstName: true, positionId: true } });
  const { object } = await generateObject({
    model: aiOpenai(SCHEDULE_MODEL),
    schema: z.object({ shifts: z.array(z.object({ employeeId: z.string(), start: z.string(), end: z.string() })) }),
    prompt: `Build a fair schedule for week ${p.weekStart} at location ${p.locationId} for: ${JSON.stringify(staff)}. Requested by ${userId}.`,
  });
  return object;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askAssistant(question: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const q = z.string().min(3).max(2000).parse(question);
  const { text } = await generateText({ model: aiOpenai("gpt-4o-mini"), system: "You help shift managers with labour-law questions.", prompt: q });
  return { text };
}

// Marketing-site "try the AI scheduler" widget.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function demoAssistant(question: string) {
  const q = z.string().max(500).parse(question);
  const res = await openai.chat.completions.create({ model: SCHEDULE_MODEL, messages: [{ role: "user", content: q }] });
  return { answer: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-rate-limit, missing-auth, missing-input-validation
export async function demoAssistantLimited(question: string) {
  await rateLimitByIp("ai-demo", 3);
  const q = z.string().max(500).parse(question);
  const res = await openai.chat.completions.create({ model: SCHEDULE_MODEL, messages: [{ role: "user", content: q }] });
  return { answer: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-rate-limit
export async function summarizeTimesheets(employerId: string) {
  const { userId } = await auth();
  const id = z.string().cuid().parse(employerId);
  const rows = await prisma.employee.findMany({ where: { employerId: id }, select: { firstName: true, lastName: true, hourlyRate: true } });
  const { text } = await generateText({ model: aiOpenai("gpt-4o-mini"), prompt: `Summarise labour cost for ${userId ?? "guest"}: ${JSON.stringify(rows)}` });
  return { text };
}
