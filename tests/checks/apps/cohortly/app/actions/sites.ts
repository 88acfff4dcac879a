"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { siteActionClient, sponsorActionClient, authActionClient } from "@/lib/safe-action";
import { siteSchema, cuid } from "@/lib/validators";
import { isSiteStaff, requireStaff, requireRole } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { safeEqual } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const createSite = sponsorActionClient
  .metadata({ actionName: "site.create" })
  .schema(siteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const pin = String(Math.floor(100000 + Math.random() * 900000));
    // ok: mass-assignment
    const site = await prisma.site.create({ data: { ...parsedInput, sponsorId: ctx.sponsorId, checkInPin: pin } });
    return { id: site.id };
  });

// Coordinators mark a visit as attended.
// ok: missing-auth, missing-input-validation
export const markVisitAttended = siteActionClient
  .schema(z.object({ visitId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    const visit = await prisma.visit.findUnique({ where: { id: parsedInput.visitId }, select: { siteId: true } });
    if (!visit) throw new Error("Visit not found");
    if (!(await isSiteStaff(ctx.userId, visit.siteId))) throw new Error("Not your site");
    // ok: missing-authorization
    await prisma.visit.update({ where: { id: parsedInput.visitId }, data: { status: "attended" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const addClinicalNote = siteActionClient
  .schema(z.object({ visitId: cuid, note: z.string().max(4000) }))
  .action(async ({ parsedInput, ctx }) => {
    const visit = await prisma.visit.findUnique({ where: { id: parsedInput.visitId }, select: { siteId: true } });
    if (!visit) throw new Error("Visit not found");
    // ruleid: floating-auth-check
    if (!isSiteStaff(ctx.userId, visit.siteId)) throw new Error("Not your site");
    // ruleid: missing-authorization
    await prisma.visit.update({ where: { id: parsedInput.visitId }, data: { clinicalNotes: parsedInput.note } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const siteRoster = siteActionClient
  .schema(z.object({ siteId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await isSiteStaff(ctx.userId, parsedInput.siteId))) throw new Error("Not your site");
    // ok: missing-authorization
    const visits = await prisma.visit.findMany({ where: { siteId: parsedInput.siteId, scheduledAt: { gte: new Date() } }, include: { volunteer: true } });
    // ruleid: excessive-data-exposure
    return visits;
  });

// ok: missing-auth, missing-input-validation
export const siteRosterSafe = siteActionClient
  .schema(z.object({ siteId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await isSiteStaff(ctx.userId, parsedInput.siteId))) throw new Error("Not your site");
    // ok: missing-authorization
    const visits = await prisma.visit.findMany({ where: { siteId: parsedInput.siteId }, select: { id: true, scheduledAt: true, status: true, volunteer: { select: { name: true } } } });
    // ok: excessive-data-exposure
    return visits.map((v) => ({ id: v.id, at: v.scheduledAt.toISOString(), status: v.status, name: v.volunteer.name }));
  });

// ok: missing-auth, missing-input-validation
export const rotateCheckInPin = authActionClient
  .metadata({ actionName: "site.rotate_pin" })
  .schema(z.object({ siteId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    const site = await prisma.site.update({ where: { id: parsedInput.siteId }, data: { checkInPin: String(Math.floor(100000 + Math.random() * 900000)) }, select: { checkInPin: true } });
    return { pin: site.checkInPin };
  });

// Kiosk: a volunteer types the site's 6-digit PIN to check in.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function kioskCheckIn(input: { visitId: string; pin: string }) {
  await requireStaff();
  const { visitId, pin } = z.object({ visitId: cuid, pin: z.string().regex(/^\d{6}$/) }).parse(input);
  const visit = await prisma.visit.findUnique({ where: { id: visitId }, select: { site: { select: { checkInPin: true } } } });
  // ruleid: timing-unsafe-comparison
  if (!visit || visit.site.checkInPin !== pin) return { ok: false };
  await prisma.visit.update({ where: { id: visitId }, data: { status: "checked_in" } });  // ruleid: missing-authorization
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function kioskCheckInSafe(input: { visitId: string; pin: string }) {
  await requireStaff();
  const { visitId, pin } = z.object({ visitId: cuid, pin: z.string().regex(/^\d{6}$/) }).parse(input);
  await rateLimitByIp(`checkin:${visitId}`);
  const visit = await prisma.visit.findUnique({ where: { id: visitId }, select: { site: { select: { checkInPin: true } } } });
  // ok: timing-unsafe-comparison
  if (!visit || !safeEqual(visit.site.checkInPin, pin)) return { ok: false };
  await prisma.visit.update({ where: { id: visitId }, data: { status: "checked_in" } });  // ruleid: missing-authorization
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function assignSiteStaff(input: { siteId: string; userId: string; role: "coordinator" | "investigator" }) {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  const data = z.object({ siteId: cuid, userId: cuid, role: z.enum(["coordinator", "investigator"]) }).parse(input);
  // ok: missing-authorization
  const site = await prisma.site.findFirst({ where: { id: data.siteId, sponsorId: ctx.sponsorId ?? "" }, select: { id: true } });
  if (!site) return { error: "Unknown site" };
  await prisma.siteStaff.upsert({ where: { siteId_userId: { siteId: data.siteId, userId: data.userId } }, create: data, update: { role: data.role } });
  await recordAudit({ actorId: ctx.userId, sponsorId: ctx.sponsorId, action: "site.staff_assigned", target: `${data.siteId}:${data.userId}` });
  return { ok: true };
}
