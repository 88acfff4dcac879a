"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { actionClient, memberActionClient, stewardActionClient, ActionError } from "@/lib/safe-action";
import { bookingSchema, cancelBookingSchema, damageReportSchema } from "@/lib/validation/tools";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const bookTool = memberActionClient.metadata({ actionName: "bookTool" }).schema(bookingSchema).action(async ({ parsedInput, ctx }) => {
  const clash = await prisma.toolBooking.findFirst({
    where: { toolId: parsedInput.toolId, status: "BOOKED", startsAt: { lt: parsedInput.endsAt }, endsAt: { gt: parsedInput.startsAt } },
    select: { id: true },
  });
  if (clash) throw new ActionError("That tool is already booked for those times.");
  // ok: mass-assignment
  const booking = await prisma.toolBooking.create({
    data: { ...parsedInput, userId: ctx.user.id },
    select: { id: true, startsAt: true, endsAt: true },
  });
  revalidatePath("/tools");
  // ok: excessive-data-exposure
  return booking;
});

// ok: missing-auth, missing-input-validation
export const cancelBooking = memberActionClient.metadata({ actionName: "cancelBooking" }).schema(cancelBookingSchema).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  const res = await prisma.toolBooking.updateMany({ where: { id: parsedInput.bookingId, userId: ctx.user.id }, data: { status: "CANCELLED" } });
  if (res.count === 0) throw new ActionError("Booking not found.");
  revalidatePath("/tools");
  return { cancelled: true };
});

// ok: missing-auth, missing-input-validation
export const extendBooking = memberActionClient.metadata({ actionName: "extendBooking" }).schema(z.object({ bookingId: z.string().cuid(), endsAt: z.coerce.date() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.toolBooking.update({ where: { id: parsedInput.bookingId }, data: { endsAt: parsedInput.endsAt } });
  return { extended: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const reportToolDamage = memberActionClient.metadata({ actionName: "reportToolDamage" }).schema(damageReportSchema).action(async ({ parsedInput, ctx }) => {
  const tool = await prisma.tool.update({ where: { id: parsedInput.toolId }, data: { condition: "DAMAGED" }, select: { name: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  await prisma.auditEvent.create({ data: { actorId: ctx.user.id, action: "tool.damage", target: parsedInput.toolId } });
  return { reported: tool.name };
});

// ruleid: missing-rate-limit
export const emailShedRota = memberActionClient.metadata({ actionName: "emailShedRota" }).schema(z.object({ toolId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const bookings = await prisma.toolBooking.findMany({
    where: { toolId: parsedInput.toolId, startsAt: { gte: new Date() } },
    select: { startsAt: true, endsAt: true, tool: { select: { name: true } } },
  });
  const rows = bookings.map((b) => `<li>${b.tool.name}: ${b.startsAt.toISOString()} – ${b.endsAt.toISOString()}</li>`).join("");
  await sendMail(ctx.user.email, "Shed rota", `<ul>${rows}</ul>`);
  return { sent: true };
});

// ok: missing-auth, missing-input-validation
export const retireTool = stewardActionClient.metadata({ actionName: "retireTool" }).schema(z.object({ toolId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await prisma.tool.update({ where: { id: parsedInput.toolId }, data: { condition: "RETIRED" } });
  await auditLog({ actorId: ctx.user.id, action: "tool.retire", target: parsedInput.toolId });
  return { retired: true };
});

// ok: missing-auth, missing-input-validation
export const getToolLockCode = stewardActionClient.metadata({ actionName: "getToolLockCode" }).schema(z.object({ toolId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ok: missing-authorization
  const tool = await prisma.tool.findUnique({ where: { id: parsedInput.toolId }, select: { lockCode: true } });
  return { lockCode: tool?.lockCode ?? null };
});

// ruleid: missing-auth
export const checkAvailability = actionClient.metadata({ actionName: "checkAvailability" }).schema(z.object({ toolId: z.string().cuid() })).action(async ({ parsedInput }) => {
  const bookings = await prisma.toolBooking.findMany({
    where: { toolId: parsedInput.toolId, status: "BOOKED", endsAt: { gte: new Date() } },
    select: { startsAt: true, endsAt: true, user: { select: { name: true, phone: true } } },
  });
  return bookings;
});

// ok: missing-auth, missing-input-validation
export const listTools = actionClient.metadata({ actionName: "listTools" }).schema(z.object({ siteId: z.string().cuid() })).action(async ({ parsedInput }) => {
  const tools = await prisma.tool.findMany({ where: { siteId: parsedInput.siteId }, select: { id: true, name: true, condition: true } });
  // ok: excessive-data-exposure
  return tools;
});

// ok: missing-auth, missing-input-validation
export const handOverBooking = memberActionClient
  .metadata({ actionName: "handOverBooking" })
  .schema(z.object({ bookingId: z.string().cuid(), userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization // todoruleid: mass-assignment -- known gap (pass 42, E): owner id admitted by a next-safe-action schema reported only as missing-authorization, not mass-assignment
    const res = await prisma.toolBooking.updateMany({ where: { id: parsedInput.bookingId, userId: ctx.user.id }, data: { userId: parsedInput.userId } });
    return { moved: res.count };
  });

// ok: missing-auth, missing-input-validation
export const setBookingNote = memberActionClient.metadata({ actionName: "setBookingNote" }).schema(z.object({ bookingId: z.string().cuid(), status: z.enum(["BOOKED", "CANCELLED"]) })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization, mass-assignment
  await prisma.toolBooking.updateMany({ where: { id: parsedInput.bookingId, userId: ctx.user.id }, data: { status: parsedInput.status } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const toolUsageSummary = stewardActionClient.metadata({ actionName: "toolUsageSummary" }).schema(z.object({ toolId: z.string().cuid() })).action(async ({ parsedInput }) => {
  try {
    const n = await prisma.toolBooking.count({ where: { toolId: parsedInput.toolId } });
    return { bookings: n };
  } catch (err) {
    // ruleid: information-disclosure
    return { bookings: 0, error: (err as Error).stack };
  }
});
