"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/models/Message";
import { requireOrg } from "@/lib/auth/clerk";
import { requireAuthor, getAuthorSession } from "@/lib/auth/better-auth";

const sendSchema = z.object({ threadId: z.string().min(1), recipientId: z.string().min(1), body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export async function sendAgentMessage(input: unknown) {
  const ctx = await requireOrg();
  const data = sendSchema.parse(input);
  await connectMongo();
  // ok: mass-assignment
  const msg = await Message.create({ ...data, agencyId: ctx.agencyId, senderId: ctx.userId });
  return { id: String(msg._id) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function sendAuthorMessage(input: { threadId: string; agencyId: string; recipientId: string; body: string }) {
  const author = await requireAuthor();
  await connectMongo();
  // ruleid: mass-assignment
  const msg = await Message.create({ ...input, senderId: author.id });
  return { id: String(msg._id) };
}

// ok: missing-auth, missing-input-validation
export async function agencyThread(threadId: string) {
  const ctx = await requireOrg();
  z.string().min(1).parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const messages = await Message.find({ threadId, agencyId: ctx.agencyId }).select("senderId body createdAt").lean();
  // ok: excessive-data-exposure
  return messages;
}

// ok: missing-auth, missing-input-validation
export async function authorThread(threadId: string) {
  const author = await requireAuthor();
  z.string().min(1).parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const messages = await Message.find({ threadId }).lean();
  // ruleid: excessive-data-exposure
  return messages;
}

// ok: missing-auth, missing-input-validation
export async function markRead(messageId: string) {
  const author = await requireAuthor();
  z.string().length(24).parse(messageId);
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: messageId, recipientId: author.id }, { $set: { readAt: new Date() } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function deleteMessage(messageId: string) {
  const session = await getAuthorSession();
  z.string().length(24).parse(messageId);
  await connectMongo();
  await Message.deleteOne({ _id: messageId, senderId: session?.user.id });
}
