"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { after } from "next/server";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { sendEmail, sendSms, sendPush } from "@/lib/notify";
import { checkRateLimit } from "@/lib/rate-limit-compat";

const annSchema = z.object({ title: z.string().min(3).max(140), body: z.string().min(1).max(5000), channels: z.array(z.enum(["email", "sms", "push"])).min(1), locationId: z.string().cuid().optional() });

async function requireManager() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const m = await prisma.membership.findFirst({ where: { userId: session.user.id, role: { in: ["owner", "admin", "location_manager"] } }, select: { employerId: true } });
  if (!m) throw new Error("Managers only");
  return { userId: session.user.id, employerId: m.employerId };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function broadcastAnnouncement(raw: unknown) {
  const ctx = await requireManager();
  const input = annSchema.parse(raw);
  if (!(await checkRateLimit(`announce:${ctx.employerId}`))) return { error: "Daily announcement limit reached" };
  const ann = await prisma.announcement.create({ data: { employerId: ctx.employerId, authorId: ctx.userId, title: input.title, body: input.body, channels: input.channels }, select: { id: true } });
  const staff = await prisma.employee.findMany({ where: { employerId: ctx.employerId, status: "active" }, select: { email: true, phone: true, userId: true } });
  after(async () => {
    for (const s of staff) {
      if (input.channels.includes("email")) await sendEmail(s.email, input.title, input.body);
      if (input.channels.includes("sms") && s.phone) await sendSms(s.phone, `${input.title}: ${input.body.slice(0, 120)}`);
      if (input.channels.includes("push") && s.userId) await sendPush(s.userId, input.title);
    }
  });
  return { id: ann.id };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textEmployee(employeeId: string, message: string) {
  const ctx = await requireManager();
  const p = z.object({ employeeId: z.string().cuid(), message: z.string().min(1).max(320) }).parse({ employeeId, message });
  // ok: missing-authorization
  const emp = await prisma.employee.findFirst({ where: { id: p.employeeId, employerId: ctx.employerId }, select: { phone: true } });
  if (!emp?.phone) return { error: "No phone on file" };
  await sendSms(emp.phone, p.message);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteAnnouncement(id: string) {
  const ctx = await requireManager();
  // ok: missing-authorization
  await prisma.announcement.deleteMany({ where: { id, employerId: ctx.employerId } });
  return { ok: true };
}

// ok: missing-auth
export async function announcementFeed() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const m = await prisma.membership.findFirst({ where: { userId: session.user.id }, select: { employerId: true } });
  const rows = await prisma.announcement.findMany({ where: { employerId: m?.employerId ?? "" }, orderBy: { id: "desc" }, take: 20, select: { id: true, title: true, body: true } });
  // ok: excessive-data-exposure
  return rows;
}
