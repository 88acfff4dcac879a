"use server";

import * as v from "valibot";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { requireRole, requireSponsorStaff } from "@/lib/auth/guards";
import { withSponsor, withTracing } from "@/lib/with-sponsor";
import { StipendRequestSchema } from "@/lib/valibot-schemas";
import { payStipend, stripe } from "@/lib/stripe";
import { recordAudit } from "@/lib/audit";
import { cuid } from "@/lib/validators";
import { logger } from "@/lib/logger";

// Volunteer asks for the stipend of an attended visit.
// ok: missing-auth, missing-input-validation
export async function requestStipend(input: unknown) {
  const { volunteerId } = await requireVolunteer();
  const { visitId } = v.parse(StipendRequestSchema, input);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id: visitId, volunteerId, status: "attended" }, select: { id: true, enrollmentId: true } });
  if (!visit) return { error: "Visit not eligible" };
  const enrollment = await prisma.enrollment.findUnique({ where: { id: visit.enrollmentId }, select: { study: { select: { id: true, stipendCents: true } } } });
  if (!enrollment) return { error: "Visit not eligible" };
  // ok: mass-assignment
  const stipend = await prisma.stipend.create({ data: { volunteerId, visitId, studyId: enrollment.study.id, amountCents: enrollment.study.stipendCents } });
  return { id: stipend.id };
}

// Older endpoint kept for the mobile app.
// ok: missing-auth
// ruleid: missing-input-validation
export async function requestStipendLegacy(formData: FormData) {
  const { volunteerId } = await requireVolunteer();
  const visitId = formData.get("visitId") as string;
  const studyId = formData.get("studyId") as string;
  // todoruleid: mass-assignment -- (fixer: left) a payout amount the business later pays, named by the form; `amountCents` is no privileged name and telling it from a buyer's order total needs more than its name
  await prisma.stipend.create({ data: { volunteerId, visitId, studyId, amountCents: Number(formData.get("amountCents")) } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myStipends() {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  const stipends = await prisma.stipend.findMany({ where: { volunteerId }, select: { id: true, amountCents: true, status: true, createdAt: true } });
  // ok: excessive-data-exposure
  return stipends;
}

// Study managers approve and pay out. withSponsor only authenticates, so audit here.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveStipend = withSponsor(async (ctx, input: { stipendId: string }) => {
  const { stipendId } = z.object({ stipendId: cuid }).parse(input);
  const stipend = await prisma.stipend.findUnique({ where: { id: stipendId }, select: { id: true, studyId: true, amountCents: true, status: true, volunteer: { select: { stripeAccountId: true } } } });
  if (!stipend || stipend.status !== "pending") return { error: "Not payable" };
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id: stipend.studyId, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!study || !stipend.volunteer.stripeAccountId) return { error: "Not payable" };
  const transfer = await payStipend(stipend.volunteer.stripeAccountId, stipend.amountCents, stipend.id);
  await prisma.stipend.update({ where: { id: stipend.id }, data: { status: "paid", stripeTransferId: transfer.id, approvedById: ctx.userId } });
  await recordAudit({ actorId: ctx.userId, sponsorId: ctx.sponsorId, action: "stipend.paid", target: stipend.id });
  return { ok: true };
});

// Bulk pay-out; managers only.
// ok: missing-auth, missing-input-validation
export const payAllPending = withSponsor(async (ctx, input: { studyId: string }) => {
  const { studyId } = z.object({ studyId: cuid }).parse(input);
  // ruleid: missing-authorization
  const pending = await prisma.stipend.findMany({ where: { studyId, status: "pending" }, select: { id: true, amountCents: true, volunteer: { select: { stripeAccountId: true } } } });
  for (const s of pending) {
    if (s.volunteer.stripeAccountId) await payStipend(s.volunteer.stripeAccountId, s.amountCents, s.id);
  }
  return { paid: pending.length };
});

// ok: missing-input-validation
// ruleid: missing-auth
export const refreshPayoutStatus = withTracing(async (input: { stipendId: string }) => {
  const { stipendId } = z.object({ stipendId: cuid }).parse(input);
  const stipend = await prisma.stipend.findUnique({ where: { id: stipendId }, select: { stripeTransferId: true } });
  if (!stipend?.stripeTransferId) return { status: "pending" };
  const transfer = await stripe.transfers.retrieve(stipend.stripeTransferId);
  await prisma.stipend.update({ where: { id: stipendId }, data: { status: transfer.reversed ? "reversed" : "paid" } });
  return { status: transfer.reversed ? "reversed" : "paid" };
});

// Finance adjustment by an admin.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adjustStipendBalance(input: { volunteerId: string; deltaCents: number; reason: string }) {
  const ctx = await requireRole("ADMIN");
  const data = z.object({ volunteerId: z.string(), deltaCents: z.number().int().min(-100_000).max(100_000), reason: z.string().min(3) }).parse(input);
  // ok: missing-authorization
  await prisma.volunteer.update({ where: { id: data.volunteerId }, data: { stipendBalanceCents: { increment: data.deltaCents } } });
  logger.info("admin.stipend_adjusted", { actorId: ctx.userId, volunteerId: data.volunteerId, delta: data.deltaCents });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function connectPayoutAccount(returnPath: string) {
  const { volunteerId, email } = await requireVolunteer();
  const path = z.enum(["/me/stipends", "/me"]).parse(returnPath);
  const account = await stripe.accounts.create({ type: "express", email });
  await prisma.volunteer.update({ where: { id: volunteerId }, data: { stripeAccountId: account.id } });
  const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: `https://cohortly.health${path}`, return_url: `https://cohortly.health${path}` });
  return { url: link.url };
}

// ok: missing-auth, missing-input-validation
export async function studyStipendLedger(studyId: string) {
  const ctx = await requireSponsorStaff();
  const id = cuid.parse(studyId);
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!study) return [];
  // ok: missing-authorization
  const rows = await prisma.stipend.findMany({ where: { studyId: study.id } });
  // ruleid: excessive-data-exposure
  return rows;
}
