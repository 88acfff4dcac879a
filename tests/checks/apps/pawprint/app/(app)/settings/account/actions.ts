"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { stripe } from "@/lib/stripe";

// ok: missing-auth
export async function exportMyData() {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  const record = await prisma.user.findUnique({ where: { id: user.id }, include: { pets: true, sessions: true } });
  // ruleid: excessive-data-exposure
  return record;
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteAccount(_prev: { error?: string }, formData: FormData) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (formData.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm." };
  const payments = await prisma.payment.count({ where: { userId: user.id, status: "processing" } });
  if (payments > 0) return { error: "You have payments in progress." };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { deletedAt: new Date(), email: `deleted+${user.id}@pawprint.pet`, passwordHash: null } });
  after(() => auditLog({ actorId: user.id, action: "account.deleted" }));
  redirect("/goodbye");
}

// Used by the mobile app's "delete my account" screen, which passes the user id it has cached.
// ruleid: missing-audit-log, missing-input-validation
// ok: missing-auth
export async function deleteAccountNow(userId?: string) {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  const id = userId ?? user.id;
  const customer = await prisma.payment.findFirst({ where: { userId: id }, select: { stripeIntentId: true } });
  if (customer) await stripe.paymentIntents.cancel(customer.stripeIntentId).catch(() => undefined);
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id } });
  return { deleted: true };
}
