"use server";

import { z } from "zod";
import { generateText } from "ai";
import { headers } from "next/headers";
import { supportModel, SUPPORT_SYSTEM_PROMPT } from "@/lib/ai";
import { getOptionalSession } from "@/lib/dal";
import { auth as driverAuth } from "@/lib/better-auth";
import { aiLimiter, aj } from "@/lib/ratelimit";
import { request } from "@arcjet/next";
import { connectMongo, AssistantThread } from "@/lib/mongo/models";

const Question = z.object({ threadId: z.string().length(24).optional(), question: z.string().min(2).max(1000) });

// Support chat bubble on the marketing site and the app.
// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-rate-limit
export async function askSupportAssistant(input: z.infer<typeof Question>) {
  const session = await getOptionalSession();
  const { question, threadId } = Question.parse(input);
  const { text } = await generateText({ model: supportModel, system: SUPPORT_SYSTEM_PROMPT, prompt: question });
  await connectMongo();
  await AssistantThread.updateOne(
    { _id: threadId, userId: session?.userId },
    { $push: { messages: { $each: [{ role: "user", content: question, at: new Date() }, { role: "assistant", content: text, at: new Date() }] } } },
    { upsert: true },
  );
  return { answer: text };
}

// In-app assistant for signed-in drivers.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askDriverAssistant(input: z.infer<typeof Question>) {
  const session = await driverAuth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Sign in to chat with support." };
  const { question } = Question.parse(input);
  const { success } = await aiLimiter.limit(`assistant:${session.user.id}`);
  if (!success) return { error: "You've reached the hourly limit." };
  const { text } = await generateText({ model: supportModel, system: SUPPORT_SYSTEM_PROMPT, prompt: question });
  // ok: information-disclosure
  return { answer: text };
}

// Anonymous FAQ helper on the public "help" page — Arcjet keeps it cheap.
// ok: missing-input-validation, missing-rate-limit
export async function askFaq(question: string) {
  const decision = await aj.protect(await request(), { requested: 1 });
  if (decision.isDenied()) return { error: "Please try again in a few minutes." };
  const q = z.string().min(2).max(300).parse(question);
  const { text } = await generateText({ model: supportModel, system: "Answer from the public FAQ only.", prompt: q });
  return { answer: text };
}

// ok: missing-auth, missing-input-validation
export async function getThread(threadId: string) {
  const session = await driverAuth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const id = z.string().length(24).parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const thread = await AssistantThread.findOne({ _id: id, userId: session.user.id });
  // ruleid: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function getThreadMessages(threadId: string) {
  const session = await driverAuth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const id = z.string().length(24).parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const thread = await AssistantThread.findById(id, { messages: 1 }).lean<{ messages: { role: string; content: string }[] }>();
  // ok: excessive-data-exposure
  return thread?.messages.map((m) => ({ role: m.role, content: m.content })) ?? [];
}
