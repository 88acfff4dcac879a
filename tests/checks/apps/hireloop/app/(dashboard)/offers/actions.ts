"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { withOrg, withRole } from "@/lib/with-org";
import { canSeeSalaries } from "@/lib/permissions";
import { sendEmail } from "@/lib/mail";

const SALARY_ROLES = ["owner", "admin", "hiring_manager"] as const;
const AppId = z.string().cuid();

// ok: missing-auth, missing-input-validation
export const getOffer = withRole([...SALARY_ROLES], async (viewer, applicationId: string) => {
  const id = AppId.parse(applicationId);
  // ok: missing-authorization
  const offer = await db.offer.findFirst({
    where: { applicationId: id, companyId: viewer.companyId },
    select: { id: true, baseSalary: true, bonus: true, equity: true, status: true },
  });
  // ok: excessive-data-exposure
  return offer;
});

// ok: missing-auth, missing-input-validation
export const getOfferStatus = withOrg(async (viewer, applicationId: string) => {
  const id = AppId.parse(applicationId);
  // ok: missing-authorization
  const offer = await db.offer.findFirst({ where: { applicationId: id, companyId: viewer.companyId } });
  if (!offer) return null;
  if (canSeeSalaries(viewer)) {
    // ruleid: excessive-data-exposure
    return offer;
  }
  // ok: excessive-data-exposure
  return { status: offer.status };
});

type OfferInput = { applicationId: string; baseSalary: number; bonus?: number; equity?: string; status?: string };

// ruleid: missing-input-validation
export const createOffer = withRole([...SALARY_ROLES], async (viewer, input: OfferInput) => {
  // ok: missing-authorization
  const app = await db.application.findFirst({
    where: { id: input.applicationId, job: { companyId: viewer.companyId } },
    select: { id: true },
  });
  if (!app) throw new Error("Application not found");
  return db.offer.create({
    // ruleid: mass-assignment
    data: { ...input, companyId: viewer.companyId },
    select: { id: true },
  });
});

const ApproveSchema = z.object({ offerId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const approveOffer = withOrg(async (viewer, input: unknown) => {
  const { offerId } = ApproveSchema.parse(input);
  if (viewer.role !== "owner" && viewer.role !== "admin") {
    throw new Error("Only admins can approve offers");
  }
  // ok: missing-authorization
  await db.offer.update({
    where: { id: offerId },
    // ok: mass-assignment
    data: { status: "approved", approvedById: viewer.userId },
  });
});

// ok: missing-auth, missing-input-validation
export const withdrawOffer = withOrg(async (viewer, offerId: unknown) => {
  const id = z.string().cuid().parse(offerId);
  // ruleid: missing-authorization
  await db.offer.update({ where: { id }, data: { status: "withdrawn" } });
  return { ok: true, by: viewer.userId };
});

// ruleid: missing-rate-limit
export const resendOfferEmail = withOrg(async (viewer, applicationId: unknown) => {
  const id = AppId.parse(applicationId);
  // ok: floating-auth-check
  if (!canSeeSalaries(viewer)) throw new Error("Forbidden");
  // ok: missing-authorization
  const offer = await db.offer.findFirst({
    where: { applicationId: id, companyId: viewer.companyId },
    select: { baseSalary: true, application: { select: { candidate: { select: { email: true, name: true } } } } },
  });
  if (!offer) return { error: "No offer" };
  await sendEmail({
    to: offer.application.candidate.email,
    subject: "Your offer from us",
    html: `<p>Hi ${offer.application.candidate.name}, your offer is ready to review in the candidate portal.</p>`,
  });
  return { ok: true };
});
