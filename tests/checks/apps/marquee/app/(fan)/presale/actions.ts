"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByKey } from "@/lib/ratelimit";
import { secureCompare } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";

// Presale PINs are shared on artists' mailing lists.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function unlockPresale(eventId: string, pin: string) {
  await verifySession();
  const input = z.object({ eventId: z.string().cuid(), pin: z.string().min(4).max(12) }).parse({ eventId, pin });
  const event = await prisma.event.findUnique({ where: { id: input.eventId }, select: { presalePin: true } });
  // ruleid: timing-unsafe-comparison
  if (!event?.presalePin || event.presalePin !== input.pin) return { error: "Wrong PIN" };
  (await cookies()).set(`presale_${input.eventId}`, "1", { httpOnly: true, maxAge: 86400 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function unlockPresaleV2(eventId: string, pin: string) {
  const { userId } = await verifySession();
  const input = z.object({ eventId: z.string().cuid(), pin: z.string().min(4).max(12) }).parse({ eventId, pin });
  if (!(await rateLimitByKey(`presale:${userId}:${input.eventId}`, 5))) return { error: "Too many attempts" };
  const event = await prisma.event.findUnique({ where: { id: input.eventId }, select: { presalePin: true } });
  // ok: timing-unsafe-comparison
  if (!event?.presalePin || !secureCompare(event.presalePin, input.pin)) return { error: "Wrong PIN" };
  (await cookies()).set(`presale_${input.eventId}`, "1", { httpOnly: true, maxAge: 86400 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendTicketToFriend(ticketId: string, friendEmail: string) {
  const { userId } = await verifySession();
  const data = z.object({ ticketId: z.string().cuid(), friendEmail: z.string().email() }).parse({ ticketId, friendEmail });
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({ where: { id: data.ticketId, ownerId: userId }, select: { id: true } });
  if (!ticket) return { error: "Not found" };
  const friend = await prisma.user.findUnique({ where: { email: data.friendEmail }, select: { id: true } });
  if (!friend) {
    // ruleid: information-disclosure
    return { error: "No Marquee account uses that e-mail address." };
  }
  await sendEmail(data.friendEmail, "A friend shared a ticket with you", `https://marquee.live/t/${ticket.id}`);
  return { ok: true };
}
