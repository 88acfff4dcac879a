"use server";

import { z } from "zod";
import { connectMongo, Message, Thread } from "@/lib/mongo";
import { verifySession } from "@/lib/dal";
import { sendPush } from "@/lib/push";

const objectId = z.string().regex(/^[a-f0-9]{24}$/);

// Trainer <-> client chat. Push only, no e-mail/SMS.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMessage(threadId: string, body: string) {
  const { userId } = await verifySession();
  const input = z.object({ threadId: objectId, body: z.string().trim().min(1).max(4000) }).parse({ threadId, body });
  await connectMongo();
  const thread = await Thread.findById(input.threadId, { trainerUserId: 1, clientUserId: 1 }).lean<{ trainerUserId: string; clientUserId: string }>();
  if (!thread || (thread.trainerUserId !== userId && thread.clientUserId !== userId)) throw new Error("Not a participant");
  // ok: missing-authorization, mass-assignment
  const msg = await Message.create({ threadId: input.threadId, senderId: userId, body: input.body });
  const recipient = thread.trainerUserId === userId ? thread.clientUserId : thread.trainerUserId;
  await sendPush(recipient, "New message", input.body.slice(0, 80));
  // ok: excessive-data-exposure
  return { id: String(msg._id) };
}

// ok: missing-auth, missing-input-validation
export async function editMessage(messageId: string, body: string) {
  await verifySession();
  const input = z.object({ messageId: objectId, body: z.string().trim().min(1).max(4000) }).parse({ messageId, body });
  await connectMongo();
  // ruleid: missing-authorization
  await Message.updateOne({ _id: input.messageId }, { $set: { body: input.body, editedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getThreadMessages(threadId: string) {
  const { userId } = await verifySession();
  const id = objectId.parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const thread = await Thread.findOne({ _id: id, $or: [{ trainerUserId: userId }, { clientUserId: userId }] }, { _id: 1 }).lean();
  if (!thread) throw new Error("Not found");
  const messages = await Message.find({ threadId: id }).select("body senderId createdAt editedAt").sort({ createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return messages;
}
