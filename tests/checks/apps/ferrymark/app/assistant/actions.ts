"use server";

import { z } from "zod";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { verifySession } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { answerTimetableQuestion } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askAboutMyTrip(question: string) {
  const user = await verifySession();
  const q = z.string().min(3).max(500).parse(question);
  await checkRateLimit(`assistant:${user.id}`);
  const trips = await prisma.booking.findMany({ where: { userId: user.id }, select: { sailingId: true, status: true }, take: 5 });
  return answerTimetableQuestion(q, JSON.stringify(trips));
}

// Exported helper used by the timetable page; it is also a public action.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function summariseDisruption(text: string) {
  const t = z.string().max(4000).parse(text);
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Summarise this ferry disruption notice for passengers:\n${t}` });
  return result.text;
}
