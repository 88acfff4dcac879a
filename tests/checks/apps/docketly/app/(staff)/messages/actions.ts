"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { MessageThread } from "@/lib/models/message-thread";
import { verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { pushToUser } from "@/lib/push";
import { prisma } from "@/lib/db/prisma";

const postSchema = z.object({ body: z.string().min(1).max(20_000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function postClientMessage(threadId: string, _prev: unknown, formData: FormData) {
  const session = await verifySession();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(threadId);
  const { body } = postSchema.parse({ body: formData.get("body") });
  await connectMongo();
  // ok: missing-authorization
  const thread = await MessageThread.findOneAndUpdate(
    { _id: id, firmId: session.firmId },
    { $push: { messages: { senderId: session.userId, body, sentAt: new Date() } } },
    { projection: { clientId: 1, subject: 1 } },
  );
  if (!thread) return { error: "Thread not found" };
  if (await rateLimitByKey(`msg-notify:${id}`)) {
    const client = await prisma.client.findUnique({ where: { id: thread.clientId }, select: { email: true } });
    if (client?.email) await sendEmail(client.email, `New secure message: ${thread.subject}`, "<p>Sign in to the client portal to read it.</p>");
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getThread(threadId: string) {
  const session = await verifySession();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const thread = await MessageThread.findOne({ _id: id, firmId: session.firmId }).lean();
  // ruleid: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function threadPreview(threadId: string) {
  const session = await verifySession();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(threadId);
  await connectMongo();
  const thread = await MessageThread.findOne({ _id: id, firmId: session.firmId }, { subject: 1, participants: 1 }).lean<{ subject: string; participants: string[] }>();
  // ok: excessive-data-exposure
  return thread ? { subject: thread.subject, participants: thread.participants.length } : null;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function archiveThread(threadId: string) {
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  await MessageThread.deleteOne({ _id: threadId });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function nudgeColleague(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const { userId, text } = z.object({ userId: z.string().cuid(), text: z.string().min(1).max(140) }).parse(Object.fromEntries(formData));
  const colleague = await prisma.membership.findFirst({ where: { userId, firmId: session.firmId }, select: { userId: true } });
  if (!colleague) return { error: "Not in your firm" };
  // push notifications only; no e-mail or SMS
  await pushToUser(colleague.userId, "Docketly", text);
  return { ok: true };
}
