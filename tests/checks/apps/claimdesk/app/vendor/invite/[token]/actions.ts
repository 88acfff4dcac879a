"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { secureCompare } from "@/lib/crypto";
import { headers } from "next/headers";

const AcceptSchema = z.object({ vendorId: z.string().cuid(), token: z.string().min(20).max(100) });

// Accepting links the signed-in user to the vendor that was invited.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function acceptVendorInvite(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  if (!(await checkRateLimit(`vendor-invite:${ip}`))) return { error: "Too many attempts" };
  const { vendorId, token } = AcceptSchema.parse(Object.fromEntries(formData));
  const vendor = await prisma.vendor.findUnique({ where: { id: vendorId }, select: { id: true, inviteToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!vendor || !vendor.inviteToken || vendor.inviteToken !== token) return { error: "This invite link is invalid or has expired" };
  await prisma.vendorUser.create({ data: { vendorId: vendor.id, userId } });
  await prisma.vendor.update({ where: { id: vendor.id }, data: { inviteToken: null } });
  redirect("/vendor/estimates");
}

// Second path used by the mobile app (it posts the token in a JSON body)
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function acceptVendorInviteMobile(input: { vendorId: string; token: string }) {
  const { userId } = await verifySession();
  if (!(await checkRateLimit(`vendor-invite:${userId}`))) return { error: "Too many attempts" };
  const { vendorId, token } = AcceptSchema.parse(input);
  const vendor = await prisma.vendor.findUnique({ where: { id: vendorId }, select: { id: true, inviteToken: true } });
  // ok: timing-unsafe-comparison
  if (!vendor?.inviteToken || !secureCompare(vendor.inviteToken, token)) return { error: "This invite link is invalid or has expired" };
  await prisma.vendorUser.create({ data: { vendorId: vendor.id, userId } });
  // ok: missing-authorization -- the vendor row is picked by a client id but its invite token is checked in constant time first: the token is the credential
  await prisma.vendor.update({ where: { id: vendor.id }, data: { inviteToken: null } });
  // ok: information-disclosure
  return { ok: true };
}
