"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { verifySession, peekSession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";
import { transferSchema } from "@/lib/validators";
import { rateLimit } from "@/lib/rate-limit";
import { safeEqual, sha256 } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mail";

const objectId = z.string().regex(/^[a-f0-9]{24}$/);

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function transferTicket(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { ticketId, toEmail } = transferSchema.parse({ ticketId: formData.get("ticketId"), toEmail: formData.get("toEmail") });
  await rateLimit(`transfer:${userId}`, 5, 3600);
  await connectMongo();
  const transferCode = randomBytes(16).toString("hex");
  // ok: missing-authorization
  const ticket = await Ticket.findOneAndUpdate({ _id: ticketId, holderUserId: userId, status: "valid" }, { $set: { transferToEmail: toEmail, transferCode: sha256(transferCode) } }, { projection: { _id: 1 } });
  if (!ticket) return { error: "Ticket not found" };
  await sendMail(toEmail, "A festival ticket is coming your way", `<a href="${process.env.APP_URL}/tickets/accept?t=${ticket._id}&c=${transferCode}">Accept</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function acceptTicketTransfer(formData: FormData) {
  const { userId } = await verifySession();
  const { ticketId, code } = z.object({ ticketId: objectId, code: z.string().length(32) }).parse({ ticketId: formData.get("ticketId"), code: formData.get("code") });
  await connectMongo();
  const ticket = await Ticket.findById(ticketId).select("transferCode status");
  // ok: timing-unsafe-comparison
  if (!ticket?.transferCode || !safeEqual(ticket.transferCode, sha256(code))) return { error: "This transfer link is not valid" };
  // ok: missing-authorization
  await Ticket.updateOne({ _id: ticketId, transferCode: ticket.transferCode }, { $set: { holderUserId: userId, status: "valid" }, $unset: { transferCode: 1, transferToEmail: 1 } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myTickets() {
  const { userId } = await verifySession();
  await connectMongo();
  // ok: missing-authorization
  const tickets = await Ticket.find({ holderUserId: userId }).lean();
  // ruleid: excessive-data-exposure
  return tickets;
}

// ok: missing-auth, missing-input-validation
export async function myTicketCards() {
  const { userId } = await verifySession();
  await connectMongo();
  const tickets = await Ticket.find({ holderUserId: userId }, { type: 1, status: 1, holderName: 1 }).lean();
  // ok: excessive-data-exposure
  return tickets.map((t) => ({ id: String(t._id), type: t.type, status: t.status, name: t.holderName }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function cancelTransfer(ticketId: string) {
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  await Ticket.updateOne({ _id: ticketId }, { $unset: { transferToEmail: 1, transferCode: 1 } });
}

// ok: missing-auth, missing-input-validation
export async function renameTicketHolder(ticketId: string, holderName: string) {
  const { userId } = await verifySession();
  const input = z.object({ ticketId: objectId, holderName: z.string().min(1).max(80) }).parse({ ticketId, holderName });
  await connectMongo();
  // ruleid: missing-authorization
  await Ticket.updateOne({ _id: input.ticketId }, { $set: { holderName: input.holderName } });
  const ticket = await Ticket.findById(input.ticketId).select("holderUserId").lean<{ holderUserId?: string }>();
  if (ticket?.holderUserId !== userId) throw new Error("Not your ticket");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function ticketsForHolder(holderUserId?: string) {
  const { userId } = await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  const tickets = await Ticket.find({ holderUserId: holderUserId || userId }, { type: 1, status: 1 }).lean();
  // ok: excessive-data-exposure
  return tickets.map((t) => ({ id: String(t._id), type: t.type, status: t.status }));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function ticketCount() {
  const { userId } = await peekSession();
  await connectMongo();
  const n = await Ticket.countDocuments({ holderUserId: userId });
  return { n };
}
