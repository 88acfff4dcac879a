"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/message";
import { prisma } from "@/lib/db/prisma";
import { ratelimit } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/email";
import { pushToUser } from "@/lib/push";

const sendSchema = z.object({ bookingId: z.string().cuid(), body: z.string().trim().min(1).max(4000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMessage(_prev: { error?: string }, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in to send messages." };
  const parsed = sendSchema.safeParse({ bookingId: formData.get("bookingId"), body: formData.get("body") });
  if (!parsed.success) return { error: "Message can't be empty." };
  const { success } = await ratelimit.limit(`msg:${session.user.id}`);
  if (!success) return { error: "Slow down a little." };
  const booking = await prisma.booking.findUnique({ where: { id: parsed.data.bookingId }, select: { ownerId: true, sitterId: true } });
  const sitter = booking && (await prisma.sitter.findUnique({ where: { id: booking.sitterId }, select: { userId: true, user: { select: { email: true } } } }));
  if (!booking || !sitter || (booking.ownerId !== session.user.id && sitter.userId !== session.user.id)) return { error: "Not part of this booking." };
  const recipientId = booking.ownerId === session.user.id ? sitter.userId : booking.ownerId;
  await connectMongo();
  await Message.create({ threadId: parsed.data.bookingId, senderId: session.user.id, recipientId, body: parsed.data.body });
  await pushToUser(recipientId, { title: "New message", body: parsed.data.body.slice(0, 80) });
  if (recipientId === sitter.userId) await sendEmail({ to: sitter.user.email, subject: "New message on Pawprint", html: "<p>You have a new message.</p>" });
  return {};
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(messageId);
  await connectMongo();
  // ok: missing-authorization
  await Message.deleteOne({ _id: id, senderId: session.user.id });
}

// ok: missing-auth, missing-input-validation
export async function listThread(threadId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(threadId);
  await connectMongo();
  // ruleid: missing-authorization
  const messages = await Message.find({ threadId: id }).sort({ createdAt: 1 }).lean();
  // ruleid: excessive-data-exposure
  return messages;
}

// ok: missing-auth, missing-input-validation
export async function listMyThread(threadId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(threadId);
  await connectMongo();
  // ok: missing-authorization
  const messages = await Message.find({ threadId: id, $or: [{ senderId: session.user.id }, { recipientId: session.user.id }] })
    .select("body senderId createdAt readAt")
    .lean();
  // ok: excessive-data-exposure
  return messages.map((m) => ({ id: String(m._id), body: m.body, mine: m.senderId === session.user.id, at: m.createdAt }));
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function reportMessage(messageId: string, reason: string) {
  const session = await auth();
  if (typeof messageId !== "string" || !/^[a-f0-9]{24}$/.test(messageId)) throw new Error("Bad id");
  if (typeof reason !== "string" || reason.length > 500) throw new Error("Bad reason");
  await connectMongo();
  await Message.updateOne({ _id: messageId }, { flagged: true, moderationNotes: `${session?.user?.id ?? "anon"}: ${reason}` });
  return { reported: true };
}
