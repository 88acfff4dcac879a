"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { requireSponsorStaff } from "@/lib/auth/guards";
import { recordConsent, consentStatus, consentSearch } from "@/lib/consent";

// ok: missing-auth, missing-input-validation
export async function signConsent(input: { enrollmentId: string; version: "v1" | "v2"; signatureName: string }) {
  const { volunteerId } = await requireVolunteer();
  const data = z.object({ enrollmentId: z.string().cuid(), version: z.enum(["v1", "v2"]), signatureName: z.string().min(2).max(120) }).parse(input);
  // ok: missing-authorization
  const enrollment = await prisma.enrollment.findFirst({ where: { id: data.enrollmentId, volunteerId }, select: { id: true } });
  if (!enrollment) return { error: "Not found" };
  await recordConsent(enrollment.id, data.version, data.signatureName);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myConsentStatus(enrollmentId: string) {
  const { volunteerId } = await requireVolunteer();
  const id = z.string().cuid().parse(enrollmentId);
  // ok: missing-authorization
  const enrollment = await prisma.enrollment.findFirst({ where: { id, volunteerId }, select: { id: true } });
  if (!enrollment) return null;
  return { signedAt: await consentStatus(enrollment.id) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function findConsentBySignature(name: string) {
  const ctx = await requireSponsorStaff();
  const rows = await consentSearch(ctx.sponsorId, name);
  return rows.map((r) => r.enrollment_id);
}
