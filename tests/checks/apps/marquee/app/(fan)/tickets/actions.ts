"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { isTicketOwner } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";
import { sendLimiter } from "@/lib/ratelimit";
import { newToken } from "@/lib/crypto";

const transferSchema = z.object({ ticketId: z.string().cuid(), toEmail: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function transferTicket(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { ticketId, toEmail } = transferSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await isTicketOwner(userId, ticketId))) return { error: "Not your ticket" };
  const { success } = await sendLimiter.limit(`transfer:${userId}`);
  if (!success) return { error: "Too many transfers, try later" };
  const acceptToken = newToken();
  // ok: missing-authorization
  await prisma.ticketTransfer.create({ data: { ticketId, fromUserId: userId, toEmail, acceptToken } });
  await sendEmail(toEmail, "Someone sent you a ticket", `https://marquee.live/tickets/accept?token=${acceptToken}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function acceptTransfer(token: string) {
  const { userId, email } = await verifySession();
  if (typeof token !== "string" || token.length < 20) return { error: "Invalid link" };
  // ok: timing-unsafe-comparison
  const transfer = await prisma.ticketTransfer.findUnique({ where: { acceptToken: token } });
  if (!transfer || transfer.status !== "pending" || transfer.toEmail !== email) return { error: "Invalid link" };
  await prisma.$transaction([
    // ok: mass-assignment, missing-authorization
    prisma.ticket.update({ where: { id: transfer.ticketId }, data: { ownerId: userId } }),
    prisma.ticketTransfer.update({ where: { id: transfer.id }, data: { status: "accepted" } }),
  ]);
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function listForResale(ticketId: string, priceCents: number) {
  const session = await getOptionalSession();
  const data = z.object({ ticketId: z.string().cuid(), priceCents: z.number().int().min(100) }).parse({ ticketId, priceCents });
  const ticket = await prisma.ticket.findFirst({ where: { id: data.ticketId, ownerId: session?.userId }, select: { id: true } });
  if (!ticket) return { error: "Not found" };
  await prisma.resaleListing.create({ data: { ticketId: ticket.id, sellerId: session?.userId as string, priceCents: data.priceCents } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelResale(listingId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(listingId);
  // ruleid: missing-authorization
  const listing = await prisma.resaleListing.update({ where: { id }, data: { status: "cancelled" }, select: { sellerId: true } });
  if (listing.sellerId !== userId) {
    throw new Error("Forbidden");
  }
  revalidatePath("/tickets");
}

// ok: missing-auth
export async function getMyTickets() {
  const { userId } = await verifySession();
  const tickets = await prisma.ticket.findMany({ where: { ownerId: userId, status: { not: "void" } }, orderBy: { id: "desc" } });
  // ruleid: excessive-data-exposure
  return tickets;
}

// ok: missing-auth, missing-input-validation
export async function getTicketQr(ticketId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(ticketId);
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({ where: { id, ownerId: userId }, select: { id: true, qrSecret: true, status: true } });
  // ok: excessive-data-exposure
  return ticket ? { id: ticket.id, payload: `mq:${ticket.id}:${ticket.qrSecret}`, status: ticket.status } : null;
}
