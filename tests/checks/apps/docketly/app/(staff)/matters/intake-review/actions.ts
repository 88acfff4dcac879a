"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { requireRole } from "@/lib/authz";

// ruleid: missing-auth
// ok: missing-input-validation
export async function convertIntakeToClient(submissionId: string) {
  const session = await getOptionalSession();
  const id = z.string().cuid().parse(submissionId);
  const sub = await prisma.intakeSubmission.findFirst({ where: { id, firmId: session?.firmId }, select: { name: true, email: true, firmId: true } });
  if (!sub) throw new Error("Not found");
  const client = await prisma.client.create({ data: { firmId: sub.firmId, kind: "individual", name: sub.name, email: sub.email }, select: { id: true } });
  await prisma.intakeSubmission.delete({ where: { id } });
  return { clientId: client.id };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function dismissIntake(submissionId: string, reason: "spam" | "declined") {
  const id = z.string().cuid().parse(submissionId);
  const why = z.enum(["spam", "declined"]).parse(reason);
  if (why === "declined") {
    await verifySession();
  }
  await prisma.intakeSubmission.delete({ where: { id } });
  revalidatePath("/intake-review");
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function assignIntake(_prev: unknown, formData: FormData) {
  const { submissionId, summary } = z.object({ submissionId: z.string().cuid(), summary: z.string().max(5000) }).parse(Object.fromEntries(formData));
  await prisma.intakeSubmission.update({ where: { id: submissionId }, data: { summary } });
  const session = await verifySession();
  revalidatePath("/intake-review");
  return { by: session.userId };
}

// ok: missing-auth, missing-input-validation
export async function listIntake() {
  const session = await requireRole(["OWNER", "MANAGING_PARTNER", "PARTNER", "CONFLICTS_ANALYST"]);
  const rows = await prisma.intakeSubmission.findMany({ where: { firmId: session.firmId }, orderBy: { createdAt: "desc" }, take: 100 });
  // ruleid: excessive-data-exposure
  return rows;
}
