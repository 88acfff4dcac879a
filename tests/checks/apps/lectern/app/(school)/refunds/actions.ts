"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { assertSchoolRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const Refund = z.object({ schoolId: z.string(), enrollmentId: z.string(), paymentIntent: z.string().startsWith("pi_"), reason: z.string().max(300) });

// ok: missing-auth, missing-input-validation
export async function refundEnrollment(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = Refund.parse(Object.fromEntries(formData));
  await assertSchoolRole(user.id, input.schoolId, ["owner", "admin", "finance"]);
  try {
    await stripe.refunds.create({ payment_intent: input.paymentIntent, reason: "requested_by_customer" });
    // ok: missing-authorization
    await prisma.enrollment.update({ where: { id: input.enrollmentId }, data: { status: "refunded" } });
    await auditLog({ schoolId: input.schoolId, actorId: user.id, action: "enrollment.refunded", target: input.enrollmentId });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Refund failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

// ok: missing-auth, missing-input-validation
export async function refundEnrollmentScoped(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = Refund.parse(Object.fromEntries(formData));
  await assertSchoolRole(user.id, input.schoolId, ["owner", "admin", "finance"]);
  // ok: missing-authorization
  const enr = await prisma.enrollment.findFirst({ where: { id: input.enrollmentId, courseId: { in: (await prisma.course.findMany({ where: { schoolId: input.schoolId }, select: { id: true } })).map((c) => c.id) } }, select: { id: true } });
  if (!enr) return { error: "Enrollment not found" };
  try {
    await stripe.refunds.create({ payment_intent: input.paymentIntent });
    await prisma.enrollment.update({ where: { id: enr.id }, data: { status: "refunded" } });
    return { ok: true };
  } catch (err) {
    console.error("refund failed", err);
    // ok: information-disclosure
    return { error: "The refund could not be processed. Our team has been notified." };
  } finally {
    await auditLog({ schoolId: input.schoolId, actorId: user.id, action: "enrollment.refund_attempt", target: input.enrollmentId });
  }
}
