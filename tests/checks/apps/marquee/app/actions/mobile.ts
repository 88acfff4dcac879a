"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/lucia";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textMeMyTickets(phone: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  const to = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(phone);
  const count = await prisma.ticket.count({ where: { ownerId: user.id, status: "valid" } });
  await sendSms(to, `You have ${count} upcoming tickets: https://marquee.live/tickets`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textTicketLink(ticketId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  const id = z.string().cuid().parse(ticketId);
  if (!(await rateLimitByKey(`sms:${user.id}`, 3))) return { error: "Try again later" };
  // ok: missing-authorization
  const t = await prisma.ticket.findFirst({ where: { id, ownerId: user.id }, select: { id: true, owner: { select: { phone: true } } } });
  if (!t?.owner.phone) return { error: "No phone on file" };
  await sendSms(t.owner.phone, `Your ticket: https://marquee.live/t/${t.id}`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMobilePrefs(prefs: { smsOptIn: boolean; phone: string }) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { phone: prefs.phone } });
  return { ok: true };
}
