"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { betterAuthServer } from "@/lib/better-auth";
import { connectMongo, Message, Thread } from "@/lib/mongo";
import { sendPush } from "@/lib/notify";

async function me() {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  return { userId: session.user.id, employerId: (session.user as any).employerId as string };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function postMessage(threadId: string, body: string) {
  const u = await me();
  const p = z.object({ threadId: z.string().length(24), body: z.string().min(1).max(4000) }).parse({ threadId, body });
  await connectMongo();
  // ok: missing-authorization
  const thread = await Thread.findOne({ _id: p.threadId, employerId: u.employerId, memberIds: u.userId }, { _id: 1, memberIds: 1 });
  if (!thread) throw new Error("Not found");
  const msg = await Message.create({ employerId: u.employerId, threadId: p.threadId, authorId: u.userId, body: p.body });
  for (const m of thread.memberIds as string[]) if (m !== u.userId) await sendPush(m, "New message");
  // ok: excessive-data-exposure
  return { id: String(msg._id) };
}

// ok: missing-auth, missing-input-validation
export async function threadMessages(threadId: string) {
  const u = await me();
  const id = z.string().length(24).parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const msgs = await Message.find({ threadId: id }).sort({ createdAt: -1 }).limit(50);
  // ruleid: excessive-data-exposure
  return JSON.parse(JSON.stringify(msgs));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function editMessage(messageId: string, update: Record<string, unknown>) {
  const u = await me();
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: messageId, authorId: u.userId },
    // ruleid: mass-assignment
    { $set: update });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: string) {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  if (!session) return { error: "Sign in" };
  const id = z.string().length(24).parse(messageId);
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: id, authorId: session.user.id }, { $set: { deletedAt: new Date() } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function joinThread(threadId: string, userId: string) {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  const p = z.object({ threadId: z.string().length(24), userId: z.string() }).parse({ threadId, userId: userId ?? session?.user.id });
  await connectMongo();
  await Thread.updateOne({ _id: p.threadId }, { $addToSet: { memberIds: p.userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myThreads() {
  const u = await me();
  await connectMongo();
  const threads = await Thread.find({ employerId: u.employerId, memberIds: u.userId }, { title: 1, locationId: 1 }).lean();
  // ok: excessive-data-exposure
  return threads.map((t: any) => ({ id: String(t._id), title: t.title }));
}
