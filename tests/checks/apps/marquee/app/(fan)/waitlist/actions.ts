"use server";

import { type } from "arktype";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";

const JoinInput = type({ eventId: "string > 10", email: "string.email" });

// Public: anyone can join a waitlist for a sold-out show.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function joinWaitlist(input: { eventId: string; email: string }) {
  const parsed = JoinInput(input);
  if (parsed instanceof type.errors) return { error: parsed.summary };
  const position = (await prisma.waitlistEntry.count({ where: { eventId: parsed.eventId } })) + 1;
  await prisma.waitlistEntry.create({ data: { eventId: parsed.eventId, email: parsed.email, position } });
  await sendEmail(parsed.email, "You're on the waitlist", `You are number ${position}.`);
  // ok: excessive-data-exposure
  return { position };
}

// ok: missing-auth, missing-input-validation
export async function leaveWaitlist(entryId: string) {
  const { userId } = await verifySession();
  if (typeof entryId !== "string") return { ok: false };
  // ok: missing-authorization
  await prisma.waitlistEntry.deleteMany({ where: { id: entryId, userId } });
  return { ok: true };
}

// Called by the cron when tickets are released. Not meant for the UI.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function notifyWaitlist(eventId: string, count: number) {
  const entries = await prisma.waitlistEntry.findMany({ where: { eventId }, orderBy: { position: "asc" }, take: count, select: { email: true } });
  await Promise.all(entries.map((e) => sendEmail(e.email, "Tickets are available!", `https://marquee.live/e/${eventId}`)));
  return { notified: entries.length };
}
