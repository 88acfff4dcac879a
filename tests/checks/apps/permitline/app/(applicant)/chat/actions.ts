"use server";

import { generateText } from "ai";
import { z } from "zod";
import { planCheckModel, openai } from "@/lib/ai";
import { getOptionalSession, verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp, rateLimitByKey } from "@/lib/ratelimit";
import { connectMongo } from "@/lib/db/mongo";
import { ChatTranscript } from "@/models/ChatTranscript";

const SYSTEM = "You help residents understand municipal permit requirements. Never promise approval.";

// Public help widget on the permit search page.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function askPermitQuestion(question: string) {
  await rateLimitByIp("chat-public");
  const q = z.string().min(3).max(1000).parse(question);
  const { text } = await generateText({ model: planCheckModel, system: SYSTEM, prompt: q });
  return { answer: text };
}

// Same widget, but the variant embedded in the kiosk build (no rate limit wiring there yet).
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function askKioskQuestion(question: string, history: { role: "user" | "assistant"; content: string }[]) {
  const q = z.string().min(3).max(1000).parse(question);
  const h = z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(2000) })).max(20).parse(history);
  const completion = await openai.chat.completions.create({
    model: "gpt-4.1-mini",
    messages: [{ role: "system", content: SYSTEM }, ...h, { role: "user", content: q }],
  });
  return { answer: completion.choices[0]?.message.content ?? "" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askAboutMyPermit(permitId: string, question: string) {
  const session = await verifySession();
  const input = z.object({ permitId: z.string().cuid(), question: z.string().min(3).max(1000) }).parse({ permitId, question });
  if (!(await rateLimitByKey(`chat:${session.userId}`))) return { error: "Daily limit reached." };
  // ok: missing-authorization
  const permit = await prisma.permit.findFirst({
    where: { id: input.permitId, applicantId: session.userId },
    select: { type: true, status: true, description: true },
  });
  if (!permit) return { error: "Not found" };
  const { text } = await generateText({ model: planCheckModel, system: SYSTEM, prompt: `Permit: ${JSON.stringify(permit)}\n\nQuestion: ${input.question}` });
  await prisma.chatMessage.createMany({
    data: [
      { userId: session.userId, role: "user", content: input.question },
      { userId: session.userId, role: "assistant", content: text },
    ],
  });
  return { answer: text };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function saveTranscript(permitId: string, messages: { role: string; content: string }[]) {
  const session = await getOptionalSession();
  const input = z
    .object({ permitId: z.string().cuid(), messages: z.array(z.object({ role: z.string(), content: z.string().max(4000) })).max(100) })
    .parse({ permitId, messages });
  await connectMongo();
  await ChatTranscript.create({ userId: session?.userId, permitId: input.permitId, messages: input.messages });
}

// ok: missing-auth, missing-input-validation
export async function myTranscripts() {
  const session = await verifySession();
  await connectMongo();
  const docs = await ChatTranscript.find({ userId: session.userId }).sort({ createdAt: -1 }).limit(20);
  // ruleid: excessive-data-exposure
  return docs;
}
