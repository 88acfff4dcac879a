"use server";

import { z } from "zod";
import { generateText } from "ai";
import { agronomyModel, AGRONOMY_SYSTEM_PROMPT, openai } from "@/lib/ai";
import { verifySession } from "@/lib/dal";
import { aiLimiter } from "@/lib/rate-limit";
import { connectMongo } from "@/lib/mongo";
import { ChatThread } from "@/models/ChatThread";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function askAgronomist(threadId: string | null, question: string) {
  const { userId } = await verifySession();
  const { success } = await aiLimiter.limit(`assistant:${userId}`);
  if (!success) return { error: "Daily assistant limit reached" };
  const q = z.string().min(3).max(2000).parse(question);
  const tid = z.string().regex(/^[a-f0-9]{24}$/).nullable().parse(threadId);
  const { text } = await generateText({ model: agronomyModel, system: AGRONOMY_SYSTEM_PROMPT, prompt: q });
  await connectMongo();
  if (tid) {
    // ok: missing-authorization
    await ChatThread.updateOne({ _id: tid, userId }, { $push: { messages: [{ role: "user", content: q }, { role: "assistant", content: text }] } });
  } else {
    await ChatThread.create({ userId, title: q.slice(0, 60), messages: [{ role: "user", content: q }, { role: "assistant", content: text }] });
  }
  return { answer: text };
}

// Shared helper for the field-notes screen; lives here so the client can call it directly.
// ruleid: missing-rate-limit
export async function summarizeFieldNotes(notes: string) {
  const input = z.string().max(8000).parse(notes);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarise these extension officer notes into three bullet points." },
      { role: "user", content: input },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}

// ok: missing-auth, missing-input-validation
export async function getChatThread(threadId: string) {
  await verifySession();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const thread = await ChatThread.findById(id).lean();
  // ruleid: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function listMyThreads() {
  const { userId } = await verifySession();
  await connectMongo();
  const threads = await ChatThread.find({ userId }, { title: 1, _id: 1 }).sort({ _id: -1 }).limit(30).lean();
  // ok: excessive-data-exposure
  return threads.map((t) => ({ id: String(t._id), title: t.title as string }));
}
