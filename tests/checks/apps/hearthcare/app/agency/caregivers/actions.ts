"use server";

import { z } from "zod";
import { withAgency, withAgencyAdmin } from "@/lib/with-agency";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";

const CaregiverSchema = z.object({ fullName: z.string().min(1), phone: z.string().min(7), hourlyRate: z.coerce.number().min(0) });

// ok: missing-auth, missing-input-validation
export const addCaregiver = withAgency(async (formData, { agencyId }) => {
  const data = CaregiverSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment -- (todook until pass 30) the agency enters a new caregiver's pay rate
  return prisma.caregiver.create({ data: { ...data, agencyId }, select: { id: true } });
});

// ok: missing-auth
export const listCaregivers = withAgency(async (_formData, { agencyId }) => {
  const rows = await prisma.caregiver.findMany({ where: { agencyId, active: true } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const deactivateCaregiver = withAgencyAdmin(async (formData, { agencyId, userId }) => {
  const id = z.string().cuid().parse(formData.get("caregiverId"));
  // ok: missing-authorization
  await prisma.caregiver.updateMany({ where: { id, agencyId }, data: { active: false } });
  await auditLog({ agencyId, actorId: userId, action: "caregiver.deactivated", target: id });
});

// Coordinators may adjust pay rates; the id is not scoped to the agency.
// ok: missing-auth, missing-input-validation
export const updatePayRate = withAgency(async (formData, { agencyId, userId }) => {
  const { caregiverId, hourlyRate } = z.object({ caregiverId: z.string(), hourlyRate: z.coerce.number().positive() }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.caregiver.update({ where: { id: caregiverId }, data: { hourlyRate } });
  await auditLog({ agencyId, actorId: userId, action: "caregiver.pay_rate", target: caregiverId });
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textCaregiver = withAgency(async (formData, { agencyId, userId }) => {
  await rateLimitByIp(`sms:${userId}`, 20);
  const { caregiverId, message } = z.object({ caregiverId: z.string(), message: z.string().max(320) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const cg = await prisma.caregiver.findFirst({ where: { id: caregiverId, agencyId }, select: { phone: true } });
  if (!cg) return { error: "Not found" };
  await sendSms(cg.phone, message);
  return { success: true };
});

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export const broadcastShiftOpening = withAgency(async (formData, { agencyId }) => {
  const message = formData.get("message") as string;
  await rateLimitByIp(`broadcast:${agencyId}`, 3);
  const caregivers = await prisma.caregiver.findMany({ where: { agencyId, active: true }, select: { phone: true } });
  for (const c of caregivers) await sendSms(c.phone, message);
  return { sent: caregivers.length };
});
