"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { ActionError, authActionClient, platformAdminClient } from "@/lib/safe-action";
import { authOptions } from "@/lib/auth/next-auth";
import { isPlatformAdmin } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { signImpersonation } from "@/lib/crypto";

type UserRow = { id: string; email: string; name: string | null; role: string; createdAt: Date };

// ok: missing-auth, missing-audit-log, missing-input-validation
export const banOrganiser = platformAdminClient
  .metadata({ actionName: "banOrganiser" })
  .inputSchema(z.object({ organiserId: z.string().cuid(), reason: z.string().min(5).max(500) }))
  .action(async ({ parsedInput: { organiserId, reason } }) => {
    // ok: missing-authorization
    await prisma.organiser.update({
      where: { id: organiserId },
      data: { bannedAt: new Date(), banReason: reason },
      select: { id: true },
    });
    await prisma.event.updateMany({ where: { organiserId, status: "PUBLISHED" }, data: { status: "CANCELLED" } });
    return { banned: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const unbanOrganiser = authActionClient
  .metadata({ actionName: "unbanOrganiser" })
  .inputSchema(z.object({ organiserId: z.string().cuid() }))
  .action(async ({ parsedInput: { organiserId }, ctx: { user } }) => {
    if (user.role !== "ADMIN") throw new ActionError("Admins only.");
    // ok: missing-authorization
    await prisma.organiser.update({ where: { id: organiserId }, data: { bannedAt: null, banReason: null }, select: { id: true } });
    console.log(`[admin] ${user.email} unbanned organiser ${organiserId}`);
    return { unbanned: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const overrideRefund = authActionClient
  .metadata({ actionName: "overrideRefund" })
  .inputSchema(z.object({ orderId: z.string().cuid(), note: z.string().max(500) }))
  .action(async ({ parsedInput: { orderId, note }, ctx: { user } }) => {
    if (user.role !== "ADMIN") throw new ActionError("Admins only.");
    // ok: missing-authorization
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { id: true, stripePaymentIntentId: true, totalCents: true, refundedCents: true },
    });
    const refund = await stripe.refunds.create(
      { payment_intent: order.stripePaymentIntentId!, amount: order.totalCents - order.refundedCents, metadata: { override: "true", note } },
      { idempotencyKey: `override-${order.id}` },
    );
    await prisma.order.update({ where: { id: order.id }, data: { refundedCents: order.totalCents, status: "REFUNDED" } });
    return { refundId: refund.id };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function impersonateUser(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/login");
  // ruleid: floating-auth-check
  if (!isPlatformAdmin(session.user.id)) {
    redirect("/dashboard");
  }
  const targetId = z.string().cuid().parse(formData.get("userId"));
  // ruleid: missing-authorization
  const target = await prisma.user.findUniqueOrThrow({ where: { id: targetId }, select: { id: true, email: true } });
  (await cookies()).set("gh_impersonate", await signImpersonation(session.user.id, target.id), {
    httpOnly: true,
    secure: true,
    sameSite: "strict",
    maxAge: 30 * 60,
  });
  redirect(`/dashboard?as=${encodeURIComponent(target.email)}`);
}

// ok: missing-auth, missing-input-validation
export const adminSearchUsers = platformAdminClient
  .metadata({ actionName: "adminSearchUsers" })
  .inputSchema(z.object({ q: z.string().trim().min(2).max(100) }))
  .action(async ({ parsedInput: { q } }) => {
    // ruleid: sql-injection
    const rows = await prisma.$queryRawUnsafe<UserRow[]>(
      `SELECT * FROM "User" WHERE email ILIKE '%${q}%' OR name ILIKE '%${q}%' ORDER BY "createdAt" DESC LIMIT 50`,
    );
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const setUserRole = platformAdminClient
  .metadata({ actionName: "setUserRole" })
  .inputSchema(z.object({ userId: z.string().cuid(), role: z.enum(["USER", "ADMIN"]) }))
  .action(async ({ parsedInput: { userId, role } }) => {
    // ok: missing-authorization
    await prisma.user.update({
      where: { id: userId },
      // ok: mass-assignment
      data: { role },
      select: { id: true },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const adminGetOrganiser = platformAdminClient
  .metadata({ actionName: "adminGetOrganiser" })
  .inputSchema(z.object({ organiserId: z.string().cuid() }))
  .action(async ({ parsedInput: { organiserId } }) => {
    // ok: missing-authorization
    const organiser = await prisma.organiser.findUnique({
      where: { id: organiserId },
      select: { id: true, name: true, slug: true, plan: true, bannedAt: true, banReason: true, createdAt: true, _count: { select: { events: true } } },
    });
    // ok: excessive-data-exposure
    return organiser;
  });
