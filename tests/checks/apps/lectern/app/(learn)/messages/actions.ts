"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { connectMongo, Message, Thread } from "@/lib/db/mongo";
import { sendEmail } from "@/lib/email";
import { checkRateLimit } from "@/lib/ratelimit";

async function currentUser() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  return session.user;
}

const Send = z.object({ threadId: z.string().length(24), body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMessage(_prev: unknown, formData: FormData) {
  const user = await currentUser();
  const { threadId, body } = Send.parse(Object.fromEntries(formData));
  const { allowed } = await checkRateLimit(`dm:${user.id}`);
  if (!allowed) return { error: "You're sending messages too quickly." };
  await connectMongo();
  // ok: missing-authorization
  const thread = await Thread.findOne({ _id: threadId, $or: [{ studentId: user.id }, { instructorId: user.id }] }, { instructorId: 1, studentId: 1 });
  if (!thread) return { error: "Conversation not found" };
  const recipientId = thread.studentId === user.id ? thread.instructorId : thread.studentId;
  await Message.create({ threadId, senderId: user.id, recipientId, body });
  await Thread.updateOne({ _id: threadId }, { lastMessageAt: new Date() });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function markThreadRead(threadId: string) {
  const user = await currentUser();
  await connectMongo();
  // ruleid: missing-authorization
  await Message.updateMany({ threadId }, { readAt: new Date() });
  return { ok: true, user: user.id };
}

// ok: missing-auth, missing-input-validation
export async function getThread(threadId: string) {
  const user = await currentUser();
  const id = z.string().length(24).parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const thread = await Thread.findOne({ _id: id, $or: [{ studentId: user.id }, { instructorId: user.id }] });
  if (!thread) return null;
  const messages = await Message.find({ threadId: id }).sort({ _id: 1 }).lean();
  // ruleid: excessive-data-exposure
  return { subject: thread.subject as string, messages };
}

// ok: missing-auth, missing-input-validation
export async function getThreadLite(threadId: string) {
  const user = await currentUser();
  const id = z.string().length(24).parse(threadId);
  await connectMongo();
  const thread = await Thread.findOne({ _id: id, $or: [{ studentId: user.id }, { instructorId: user.id }] }, { subject: 1 });
  if (!thread) return null;
  const messages = await Message.find({ threadId: id }, { body: 1, senderId: 1, readAt: 1 }).lean();
  // ok: excessive-data-exposure
  return { subject: thread.subject as string, messages };
}

// "Email the instructor" button: starts a thread and e-mails them.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailInstructor(_prev: unknown, formData: FormData) {
  const user = await currentUser();
  const { courseId, instructorEmail, instructorId, subject, body } = z
    .object({ courseId: z.string(), instructorEmail: z.string().email(), instructorId: z.string(), subject: z.string().max(200), body: z.string().max(5000) })
    .parse(Object.fromEntries(formData));
  await connectMongo();
  const thread = await Thread.create({ studentId: user.id, instructorId, courseId, subject, lastMessageAt: new Date() });
  await Message.create({ threadId: String(thread._id), senderId: user.id, recipientId: instructorId, body });
  await sendEmail({ to: instructorEmail, subject: `[Lectern] ${subject}`, html: body, replyTo: user.email });
  return { ok: true };
}

async function isParticipant(userId: string, threadId: string) {
  await connectMongo();
  const t = await Thread.exists({ _id: threadId, $or: [{ studentId: userId }, { instructorId: userId }] });
  return t !== null;
}

function isStaffRole(role: string | undefined) {
  return role === "instructor" || role === "ta";
}

// ok: missing-auth, missing-input-validation
export async function deleteThread(threadId: string) {
  const user = await currentUser();
  const id = z.string().length(24).parse(threadId);
  // ruleid: floating-auth-check
  if (!isParticipant(user.id, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await Message.deleteMany({ threadId: id });
  await Thread.deleteOne({ _id: id });
}

// ok: missing-auth, missing-input-validation
export async function archiveThread(threadId: string) {
  const user = await currentUser();
  const id = z.string().length(24).parse(threadId);
  // ok: floating-auth-check
  if (!isStaffRole((user as { role?: string }).role) && !(await isParticipant(user.id, id))) throw new Error("Forbidden");
  // ok: missing-authorization
  await Thread.updateOne({ _id: id }, { archived: true });
}
