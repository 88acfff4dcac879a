"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient, actionClient } from "@/lib/safe/clients";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";
import { sendLimiter } from "@/lib/rate-limit";

const placeBidSchema = z.object({ loadId: z.string().cuid(), amount: z.number().int().positive(), note: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation
export const placeBid = authActionClient
  .metadata({ name: "bid.place" })
  .inputSchema(placeBidSchema)
  .action(async ({ parsedInput, ctx }) => {
    const posting = await prisma.posting.findFirst({ where: { loadId: parsedInput.loadId, visibility: "PUBLIC" }, select: { id: true } });
    if (!posting) return { ok: false };
    const bid = await prisma.bid.create({
      // ok: mass-assignment
      data: { loadId: parsedInput.loadId, amount: parsedInput.amount, note: parsedInput.note, carrierId: ctx.tenantId },
      select: { id: true, status: true },
    });
    return { ok: true, bid };
  });

const counterSchema = z.object({ bidId: z.string().cuid(), counter: z.number().int().positive() });

// ok: missing-auth, missing-input-validation
export const counterBid = authActionClient
  .metadata({ name: "bid.counter" })
  .inputSchema(counterSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.bid.updateMany({
      where: { id: parsedInput.bidId, load: { tenantId: ctx.tenantId } },
      data: { counter: parsedInput.counter, status: "COUNTERED" },
    });
    return { updated: res.count };
  });

const acceptSchema = z.object({ bidId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const acceptBid = authActionClient
  .metadata({ name: "bid.accept" })
  .inputSchema(acceptSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    const bid = await prisma.bid.update({
      where: { id: parsedInput.bidId },
      data: { status: "ACCEPTED" },
      select: { loadId: true, carrierId: true, amount: true },
    });
    await prisma.load.update({ where: { id: bid.loadId }, data: { carrierId: bid.carrierId, rateCents: bid.amount, status: "TENDERED" } });
    const contact = await prisma.member.findFirst({ where: { tenantId: bid.carrierId, role: "DISPATCHER" }, select: { user: { select: { email: true } } } });
    if (contact) await sendEmail(contact.user.email, "Tender accepted", `Load ${bid.loadId} is yours by ${ctx.userId}.`);
    revalidatePath("/board");
    return { ok: true };
  });

const withdrawSchema = z.object({ bidId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const withdrawBid = authActionClient
  .metadata({ name: "bid.withdraw" })
  .inputSchema(withdrawSchema)
  .action(async ({ parsedInput, ctx }) => {
    const bid = await prisma.bid.findUnique({ where: { id: parsedInput.bidId }, select: { carrierId: true } });
    if (!bid || bid.carrierId !== ctx.tenantId) throw new Error("Not your bid");
    // ok: missing-authorization
    await prisma.bid.update({ where: { id: parsedInput.bidId }, data: { status: "WITHDRAWN" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listMyBids = authActionClient
  .metadata({ name: "bid.list" })
  .inputSchema(z.object({ status: z.enum(["OPEN", "COUNTERED", "ACCEPTED"]).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const bids = await prisma.bid.findMany({ where: { carrierId: ctx.tenantId, status: parsedInput.status } });
    // ruleid: excessive-data-exposure
    return bids;
  });

const tenderSchema = z.object({ loadId: z.string().cuid(), carrierEmail: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const tenderLoad = authActionClient
  .metadata({ name: "load.tender" })
  .inputSchema(tenderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await sendLimiter.limit(`tender:${ctx.tenantId}`);
    if (!success) return { ok: false, error: "Too many tenders" };
    // ok: missing-authorization
    const load = await prisma.load.findFirst({ where: { id: parsedInput.loadId, tenantId: ctx.tenantId }, select: { reference: true } });
    if (!load) return { ok: false };
    await sendEmail(parsedInput.carrierEmail, `Load tender ${load.reference}`, "Open Haulbook to accept.");
    return { ok: true };
  });

// public client, used on the marketing load board
// ruleid: missing-auth
export const retractPosting = actionClient
  .metadata({ name: "posting.retract" })
  .inputSchema(z.object({ postingId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    await prisma.posting.delete({ where: { id: parsedInput.postingId } });
    return { ok: true };
  });
