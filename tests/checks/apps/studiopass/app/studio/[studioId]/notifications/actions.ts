"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireStaff } from "@/lib/dal";
import { ratelimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { sendPush } from "@/lib/push";
import { logger } from "@/lib/logger";

const blastSchema = z.object({ body: z.string().min(1).max(320), locationId: z.string().cuid().optional() });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendSmsBlast(studioId: string, _prev: unknown, formData: FormData) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING"]);
  const input = blastSchema.parse({ body: formData.get("body"), locationId: formData.get("locationId") ?? undefined });
  const members = await prisma.member.findMany({
    where: { studioId: staff.studioId, smsOptOut: false, phone: { not: null } },
    select: { phone: true },
  });
  for (const m of members) await sendSms(m.phone!, `${input.body}\nReply STOP to opt out`);
  return { sent: members.length };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendEmailCampaign(studioId: string, _prev: unknown, formData: FormData) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING"]);
  const { success } = await ratelimit.limit(`campaign:${staff.studioId}`);
  if (!success) return { error: "A campaign was sent recently." };
  const input = z.object({ subject: z.string().min(1).max(120), html: z.string().min(1).max(100_000) }).parse({ subject: formData.get("subject"), html: formData.get("html") });
  const members = await prisma.member.findMany({ where: { studioId: staff.studioId, email: { not: null } }, select: { email: true } });
  for (const m of members) await sendEmail(m.email!, input.subject, input.html);
  logger.info({ studioId: staff.studioId, count: members.length }, "campaign sent");
  return { sent: members.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function pushClassReminder(studioId: string, classId: string) {
  const staff = await requireStaff(studioId, ["OWNER", "STUDIO_MANAGER", "INSTRUCTOR"]);
  const id = z.string().cuid().parse(classId);
  // ok: missing-authorization
  const bookings = await prisma.booking.findMany({
    where: { classId: id, status: "booked", member: { studioId: staff.studioId } },
    select: { member: { select: { userId: true } } },
  });
  for (const b of bookings) if (b.member.userId) await sendPush(b.member.userId, "Class soon", "Your class starts in 1 hour.");
  return { sent: bookings.length };
}

// "Send test event" button on the integrations screen.
// ruleid: missing-input-validation
// ok: missing-auth
export async function testWebhookEndpoint(studioId: string, url: string) {
  await requireStaff(studioId, ["OWNER"]);
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "ping" }) });
  // ok: information-disclosure
  return { status: res.status };
}
