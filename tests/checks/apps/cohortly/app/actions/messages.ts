"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { requireStaff, isSiteStaff } from "@/lib/auth/guards";
import { logger } from "@/lib/logger";

const messageSchema = z.object({ visitId: z.string().cuid(), body: z.string().min(1).max(2000) });

// ok: missing-auth, missing-input-validation
export async function messageCoordinator(input: unknown) {
  const { volunteerId } = await requireVolunteer();
  const { visitId, body } = messageSchema.parse(input);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id: visitId, volunteerId }, select: { id: true } });
  if (!visit) return { error: "Not found" };
  try {
    await prisma.message.create({ data: { visitId, fromVolunteerId: volunteerId, body } });
  } catch (err) {
    logger.error("message.create_failed", { err: String(err) });
    // ok: information-disclosure
    return { error: "Could not send your message. Please try again." };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function messageVolunteer(input: unknown) {
  const ctx = await requireStaff();
  const { visitId, body } = messageSchema.parse(input);
  const visit = await prisma.visit.findUnique({ where: { id: visitId }, select: { siteId: true } });
  if (!visit || !(await isSiteStaff(ctx.userId, visit.siteId))) return { error: "Not found" };
  try {
    // ok: missing-authorization
    await prisma.message.create({ data: { visitId, fromStaffId: ctx.userId, body } });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function threadForVisit(visitId: string) {
  const { volunteerId } = await requireVolunteer();
  const id = z.string().cuid().parse(visitId);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId }, select: { id: true } });
  if (!visit) return [];
  // ok: missing-authorization
  const messages = await prisma.message.findMany({ where: { visitId: visit.id }, orderBy: { createdAt: "asc" } });
  // ok: excessive-data-exposure
  return messages.map((m) => ({ id: m.id, body: m.body, mine: m.fromVolunteerId === volunteerId, at: m.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function staffThreadForVisit(visitId: string) {
  const ctx = await requireStaff();
  const id = z.string().cuid().parse(visitId);
  // ruleid: missing-authorization
  const messages = await prisma.message.findMany({ where: { visitId: id }, select: { id: true, body: true, createdAt: true } });
  return { messages, viewer: ctx.userId };
}
