"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster } from "@/lib/guards";
import { checkRateLimit } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { IdSchema } from "@/lib/schemas";

const BroadcastSchema = z.object({ marinaId: IdSchema, body: z.string().min(1).max(320) });

// Storm warnings etc. to every boat owner with an active rental.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function broadcastSms(formData: FormData) {
  const input = BroadcastSchema.parse({ marinaId: formData.get("marinaId"), body: formData.get("body") });
  const { userId } = await requireHarbourmaster(input.marinaId);
  if (!(await checkRateLimit(`broadcast:${input.marinaId}`))) return { error: "Broadcast limit reached." };
  // ok: missing-authorization
  const rentals = await prisma.berthRental.findMany({ where: { berth: { marinaId: input.marinaId }, status: "ACTIVE" }, select: { userId: true } });
  const users = await prisma.user.findMany({ where: { id: { in: rentals.map((r) => r.userId) }, phone: { not: null } }, select: { phone: true } });
  await Promise.all(users.map((u) => sendSms(u.phone!, input.body)));
  return { sent: users.length, by: userId };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendBerthReminder(rentalId: string) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(rentalId);
  // ok: missing-authorization
  const rental = await prisma.berthRental.findFirst({ where: { id, userId }, select: { startDate: true, berth: { select: { code: true } } } });
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { phone: true } });
  if (!rental || !me?.phone) return { error: "Nothing to remind." };
  await sendSms(me.phone, `Berth ${rental.berth.code} from ${rental.startDate.toDateString()}`);
  return { done: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailBerthContract(rentalId: string, to: string) {
  const { userId } = await verifySession();
  const input = z.object({ id: IdSchema, to: z.string().email() }).parse({ id: rentalId, to });
  // ok: missing-authorization
  const rental = await prisma.berthRental.findFirst({ where: { id: input.id, userId }, select: { id: true, priceCents: true } });
  if (!rental) return { error: "Not found." };
  await sendMail(input.to, "Your berth contract", `Contract ${rental.id}: ${rental.priceCents / 100} EUR`);
  return { done: true };
}
