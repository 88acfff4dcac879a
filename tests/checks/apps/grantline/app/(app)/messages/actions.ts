"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { connectMongo, Thread } from "@/lib/db/mongo";
import { sendEmail } from "@/lib/notify";
import { sendLimiter } from "@/lib/ratelimit";
import { searchMessages } from "@/lib/repos/search";

const messageSchema = z.object({ applicationId: z.string().cuid(), body: z.string().min(1).max(5000) });

async function participantFor(userId: string, applicationId: string) {
  const app = await prisma.application.findUnique({ where: { id: applicationId }, select: { foundationId: true, orgId: true, createdById: true } });
  if (!app) return null;
  const [staff, member] = await Promise.all([
    prisma.membership.findFirst({ where: { userId, foundationId: app.foundationId }, select: { id: true } }),
    prisma.orgMember.findFirst({ where: { userId, orgId: app.orgId }, select: { id: true } }),
  ]);
  return staff || member ? app : null;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMessage(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in to send messages." };
  const parsed = messageSchema.safeParse({ applicationId: formData.get("applicationId"), body: formData.get("body") });
  if (!parsed.success) return { error: "Message can't be empty." };
  const { success } = await sendLimiter.limit(`msg:${session.user.id}`);
  if (!success) return { error: "You're sending messages too quickly." };
  const app = await participantFor(session.user.id, parsed.data.applicationId);
  if (!app) return { error: "Not found" };
  // ok: missing-authorization
  await prisma.message.create({ data: { applicationId: parsed.data.applicationId, senderId: session.user.id, body: parsed.data.body } });
  const applicant = await prisma.user.findUnique({ where: { id: app.createdById }, select: { email: true } });
  if (applicant) await sendEmail(applicant.email, "New message about your application", parsed.data.body.slice(0, 200));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function nudgeApplicant(applicationId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(applicationId);
  const app = await participantFor(session.user.id, id);
  if (!app) throw new Error("Not found");
  const applicant = await prisma.user.findUnique({ where: { id: app.createdById }, select: { email: true } });
  await sendEmail(applicant!.email, "Reminder: your application is waiting", "Please finish your draft.");
}

// ok: missing-auth, missing-input-validation
export async function getThread(applicationId: string) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const id = z.string().cuid().parse(applicationId);
  await connectMongo();
  // ruleid: missing-authorization
  const thread = await Thread.findOne({ applicationId: id }).lean();
  // ruleid: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function getThreadForParticipant(applicationId: string) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const id = z.string().cuid().parse(applicationId);
  await connectMongo();
  // ok: missing-authorization
  const thread = await Thread.findOne({ applicationId: id, participants: session.user.id }, { messages: 1 }).lean();
  // ok: excessive-data-exposure
  return thread;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchThread(applicationId: string, q: string) {
  const session = await auth();
  if (!session?.user?.id) return [];
  const app = await participantFor(session.user.id, applicationId);
  if (!app) return [];
  const rows = await searchMessages(applicationId, q);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, body: r.body }));
}
