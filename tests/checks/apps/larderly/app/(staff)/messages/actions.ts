"use server";

import { z } from "zod";
import { connectMongo, Message } from "@/lib/db/mongo";
import { withNetwork } from "@/lib/wrappers";
import { auth } from "@/lib/auth/authjs";

// ok: missing-auth, missing-input-validation
export const postMessage = withNetwork(async (ctx, threadId: string, body: string) => {
  const input = z.object({ threadId: z.string().min(1).max(64), body: z.string().min(1).max(4000) }).parse({ threadId, body });
  await connectMongo();
  // ok: mass-assignment
  await Message.create({ networkId: ctx.networkId, threadId: input.threadId, authorId: ctx.userId, body: input.body });
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export const threadMessages = withNetwork(async (ctx, threadId: string) => {
  if (typeof threadId !== "string") return [];
  await connectMongo();
  // ok: missing-authorization
  const docs = await Message.find({ networkId: ctx.networkId, threadId }, { body: 1, authorId: 1, createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return docs;
});

// ok: missing-auth, missing-input-validation
export async function editMessage(messageId: string, body: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const input = z.object({ messageId: z.string().length(24), body: z.string().min(1).max(4000) }).parse({ messageId, body });
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: input.messageId, authorId: session.user.id }, { $set: { body: input.body } });
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteMessage(messageId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await connectMongo();
  // why: deletes any message by id — no author/network constraint; id not validated
  // ruleid: missing-authorization
  await Message.deleteOne({ _id: messageId });
  return { done: true };
}

// why: patch object reaches the DB write unvalidated
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMessageMeta(messageId: string, patch: Record<string, unknown>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  if (typeof messageId !== "string") throw new Error("Bad id");
  await connectMongo();
  // why: client object written whole — can rewrite authorId/networkId
  // ruleid: mass-assignment
  // ok: missing-authorization
  await Message.updateOne({ _id: messageId, authorId: session.user.id }, { $set: patch });
  return { done: true };
}
