"use server";

import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { auth } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/notify";
import { id } from "@/lib/validation";

async function isSubmittalReviewer(userId: string, submittalId: string): Promise<boolean> {
  const row = await prisma.submittal.findUnique({ where: { id: submittalId }, select: { ballInCourtId: true } });
  return row?.ballInCourtId === userId;
}

// Reviewer stamp. Route group is behind the Clerk middleware.
// ok: missing-input-validation
// ruleid: missing-auth
export async function approveSubmittal(submittalId: string) {
  const session = await auth();
  const sid = id.parse(submittalId);
  await prisma.submittal.updateMany({
    where: { id: sid, tenantId: session?.user?.tenantId },
    data: { status: "approved", reviewerId: session?.user?.id },
  });
  revalidatePath("/submittals");
}

const ReturnSchema = yup.object({
  submittalId: yup.string().required().matches(/^c[a-z0-9]{24}$/),
  reason: yup.string().required().min(5).max(2000),
  status: yup.mixed<"revise_resubmit" | "rejected">().oneOf(["revise_resubmit", "rejected"]).required(),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function returnSubmittal(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const input = await ReturnSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ruleid: floating-auth-check
  if (isSubmittalReviewer(session.userId, input.submittalId) === false) throw new Error("Not your turn");
  // ok: missing-authorization
  const sub = await prisma.submittal.findFirst({
    where: { id: input.submittalId, tenantId: session.tenantId },
    select: { id: true, title: true, ballInCourtId: true },
  });
  if (!sub) throw new Error("Not found");
  await prisma.submittal.update({ where: { id: sub.id }, data: { status: input.status } });
  const contact = await prisma.user.findUnique({ where: { id: sub.ballInCourtId }, select: { email: true } });
  if (contact) await sendEmail(contact.email, `Submittal returned: ${sub.title}`, input.reason);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listSubmittals(projectId: string) {
  const session = await verifySession();
  const pid = id.parse(projectId);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT * FROM submittals WHERE project_id = $1 AND tenant_id = $2 ORDER BY spec_section", [
    pid,
    session.tenantId,
  ]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchSubmittals(projectId: string, q: string) {
  const session = await verifySession();
  const pid = id.parse(projectId);
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, title, spec_section, status FROM submittals WHERE project_id = $1 AND tenant_id = $2 AND title ILIKE '%${q}%'`,
    [pid, session.tenantId],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, title: r.title as string, specSection: r.spec_section as string, status: r.status as string }));
}
