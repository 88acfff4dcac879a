"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, signOut } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestDataExport() {
  const session = await verifySession();
  if (!(await rateLimitByKey(`export:${session.userId}`))) return { error: "One export per day." };
  const [user, permits] = await Promise.all([
    prisma.user.findUnique({ where: { id: session.userId }, select: { email: true, name: true, phone: true, createdAt: true } }),
    prisma.permit.findMany({ where: { applicantId: session.userId }, select: { id: true, number: true, type: true, status: true, address: true } }),
  ]);
  const payments = await prisma.payment.findMany({
    where: { permitId: { in: permits.map((p) => p.id) } },
    select: { amount: true, method: true, createdAt: true },
  });
  after(async () => {
    await sendEmail(session.email, "Your Permitline data export", `<pre>${JSON.stringify({ user, permits, payments }, null, 2)}</pre>`);
  });
  return { queued: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount(formData: FormData) {
  const session = await verifySession();
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { userId: session.userId } }),
    prisma.user.update({ where: { id: session.userId }, data: { deletedAt: new Date(), email: `deleted+${session.userId}@permitline.invalid`, passwordHash: null } }),
  ]);
  after(() => auditLog({ action: "user.deleted", actorId: session.userId, meta: { confirm } }));
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// Mobile app account deletion (App Store requirement), written before the DAL existed.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteAccountFromApp() {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  try {
    await prisma.user.delete({ where: { id: session.user.id } });
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e };
  }
}

// Deletion by user id (support tooling calls this with the user id from the ticket).
// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function deleteAccountById(userId: string) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { deletedAt: new Date() } });
  return { ok: true };
}
