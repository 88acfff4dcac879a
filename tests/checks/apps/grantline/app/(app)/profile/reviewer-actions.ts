"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/guards";

type Actor = { id: string; email: string };

const bioSchema = z.object({ name: z.string().min(1).max(120) });

/** `actor` lets the admin console edit a reviewer's profile on their behalf. */
// ruleid: missing-input-validation
// ruleid: missing-auth
export async function updateReviewerName(formData: FormData, actor?: Actor) {
  const user = actor ?? (await requireUser());
  const { name } = bioSchema.parse({ name: formData.get("name") });
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { name } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function saveReviewerAvailability(formData: FormData) {
  const input = z.object({ assignmentId: z.string().cuid(), available: z.enum(["yes", "no"]), draft: z.string().optional() }).parse(Object.fromEntries(formData));
  if (input.draft !== "1") {
    const session = await auth();
    if (!session?.user) throw new Error("Unauthorized");
  }
  await prisma.reviewAssignment.update({ where: { id: input.assignmentId }, data: { conflictNote: input.available === "no" ? "unavailable" : null } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function clearReviewerComments(assignmentId: string) {
  const id = z.string().cuid().parse(assignmentId);
  await prisma.reviewAssignment.update({ where: { id }, data: { comments: null } });
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
}

async function getUser(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true } });
}

// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-audit-log
export async function optOutOfReviews(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const user = await getUser(email);
  if (!user) return { error: "Unknown reviewer" };
  // ok: mass-assignment
  await prisma.membership.updateMany({ where: { userId: user.id, role: "REVIEWER" }, data: { role: "VIEWER" } });
  return { ok: true };
}

async function ensureSignedIn() {
  const session = await auth();
  if (!session?.user) return { error: "Please sign in" } as const;
  return { userId: session.user.id as string } as const;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function acknowledgeCoiPolicy(assignmentId: string) {
  const check = await ensureSignedIn();
  const id = z.string().cuid().parse(assignmentId);
  await prisma.reviewAssignment.update({ where: { id }, data: { conflict: false } });
  return { ok: true, by: "userId" in check ? check.userId : null };
}

// ok: missing-auth, missing-input-validation
export async function acknowledgeCoiPolicyChecked(assignmentId: string) {
  const check = await ensureSignedIn();
  if ("error" in check) return check;
  const id = z.string().cuid().parse(assignmentId);
  // ok: missing-authorization
  await prisma.reviewAssignment.updateMany({ where: { id, reviewerId: check.userId }, data: { conflict: false } });
  return { ok: true };
}
