"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/models/Message";
import { Thread } from "@/models/Thread";
import { logger } from "@/lib/logger";

const sendSchema = z.object({ threadId: z.string().length(24), body: z.string().min(1).max(4000) });

async function loadThreadFor(userId: string, threadId: string) {
  await connectMongo();
  const thread = await Thread.findById(threadId).select("participants").lean<{ participants: string[] }>();
  if (!thread || !thread.participants.includes(userId)) return null;
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function sendMessage(input: { threadId: string; body: string }) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Please sign in" };
  const parsed = sendSchema.safeParse(input);
  if (!parsed.success) return { error: "Message is empty or too long" };
  const thread = await loadThreadFor(session.user.id, parsed.data.threadId);
  if (!thread) return { error: "Conversation not found" };
  const recipientId = thread.participants.find((p) => p !== session.user!.id)!;
  // ok: mass-assignment, missing-authorization
  await Message.create({ threadId: parsed.data.threadId, body: parsed.data.body, senderId: session.user.id, recipientId });
  await Thread.updateOne({ _id: parsed.data.threadId }, { lastMessageAt: new Date() });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getThreadMessages(threadId: string) {
  const session = await auth();
  if (!session?.user?.id) return [];
  if (typeof threadId !== "string" || threadId.length !== 24) return [];
  await connectMongo();
  // ruleid: missing-authorization
  const messages = await Message.find({ threadId }).sort({ createdAt: 1 }).limit(200).lean();
  // ruleid: excessive-data-exposure
  return messages;
}

// ok: missing-auth, missing-input-validation
export async function listMyThreads() {
  const session = await auth();
  if (!session?.user?.id) return [];
  await connectMongo();
  // ok: missing-authorization
  const threads = await Thread.find({ participants: session.user.id, archived: false }, { subject: 1, lastMessageAt: 1 }).lean();
  // ok: excessive-data-exposure
  return threads.map((t) => ({ id: String(t._id), subject: t.subject as string, lastMessageAt: t.lastMessageAt as Date }));
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function markRead(messageId: string) {
  const session = await auth();
  if (typeof messageId !== "string") return;
  await connectMongo();
  await Message.updateOne({ _id: messageId, recipientId: session?.user?.id }, { readAt: new Date() });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function archiveThread(threadId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  await connectMongo();
  // ok: missing-authorization
  await Thread.updateOne({ _id: threadId, participants: session.user.id }, { archived: true });
}

// ok: missing-auth, missing-input-validation
export async function editMessage(messageId: string, patch: Record<string, unknown>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  if (typeof messageId !== "string" || typeof patch !== "object" || patch === null) throw new Error("Bad input");
  await connectMongo();
  // ruleid: mass-assignment
  await Message.updateOne({ _id: messageId, senderId: session.user.id }, { $set: patch });
  logger.info({ messageId, by: session.user.id }, "message.edited");
}
