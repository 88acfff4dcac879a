"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Message, Thread } from "@/lib/models/message";
import { verifySession } from "@/lib/auth/session";
import { assertOrgMember, getActiveOrg } from "@/lib/auth/org";
import { isOrgMember } from "@/lib/permissions";

const postSchema = z.object({ threadId: z.string().min(1), body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export async function postMessage(input: unknown) {
  const user = await verifySession();
  const data = postSchema.parse(input);
  await connectMongo();
  const thread = await Thread.findById(data.threadId, { orgId: 1 }).lean<{ orgId: string }>();
  if (!thread) return { error: "Thread not found" };
  await assertOrgMember(thread.orgId);
  // ok: missing-authorization, mass-assignment
  await Message.create({ threadId: data.threadId, orgId: thread.orgId, senderId: user.id, body: data.body });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getThreadMessages(threadId: unknown) {
  const { orgId } = await getActiveOrg();
  const id = z.string().min(1).parse(threadId);
  await connectMongo();
  const messages = await Message.find({ threadId: id, orgId }, { body: 1, senderId: 1, createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return messages.map((m: any) => ({ id: String(m._id), body: m.body, senderId: m.senderId, createdAt: m.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function getThreadRaw(threadId: unknown) {
  await verifySession();
  const id = z.string().min(1).parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const messages = await Message.find({ threadId: id }).lean();
  // ruleid: excessive-data-exposure
  return messages;
}

// ok: missing-auth, missing-input-validation
export async function editMessage(input: unknown) {
  const user = await verifySession();
  const { messageId, body } = z.object({ messageId: z.string().min(1), body: z.string().max(5000) }).parse(input);
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: messageId, senderId: user.id }, { $set: { body } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: unknown) {
  const user = await verifySession();
  const id = z.string().min(1).parse(messageId);
  await connectMongo();
  const msg = await Message.findById(id, { orgId: 1 }).lean<{ orgId: string }>();
  if (!msg) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (!isOrgMember(user.id, msg.orgId)) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await Message.deleteOne({ _id: id });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function addInternalNote(messageId: string, patch: Record<string, unknown>) {
  const user = await verifySession();
  await connectMongo();
  const msg = await Message.findById(messageId, { orgId: 1 }).lean<{ orgId: string }>();
  if (!msg) return { error: "Not found" };
  await assertOrgMember(msg.orgId);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await Message.updateOne({ _id: messageId }, { $set: { ...patch, editedBy: user.id } });
  return { ok: true };
}
