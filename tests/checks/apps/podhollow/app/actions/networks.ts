"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/session";
import { isNetworkOwner, requireMembership } from "@/lib/auth/network";
import { ownerProcedure } from "@/lib/zsa";
import { logActivity } from "@/lib/audit";

const NewNetwork = z.object({ name: z.string().min(2).max(80), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createNetwork(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const data = NewNetwork.parse(Object.fromEntries(formData));
  const net = await prisma.$transaction(async (tx) => {
    // ok: mass-assignment
    const n = await tx.network.create({ data: { ...data, ownerId: userId }, select: { id: true } });
    await tx.membership.create({ data: { userId, networkId: n.id, role: "OWNER" } });
    return n;
  });
  (await cookies()).set("ph_network", net.id, { httpOnly: true, sameSite: "lax" });
  redirect("/studio");
}

// ok: missing-auth, missing-input-validation
export async function switchNetwork(networkId: string) {
  const parsed = v.parse(v.pipe(v.string(), v.maxLength(40)), networkId);
  await requireMembership(parsed);
  (await cookies()).set("ph_network", parsed, { httpOnly: true, sameSite: "lax" });
  redirect("/studio");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function changeNetworkPlan(networkId: string, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  // ok: floating-auth-check
  if (!(await isNetworkOwner(session.user.id, networkId))) throw new Error("Owners only");
  // plan is billing-controlled; the owner can pick "enterprise" for free here
  // ruleid: mass-assignment
  await prisma.network.update({ where: { id: networkId }, data: { plan: formData.get("plan") as string } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const renameNetwork = ownerProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(2).max(80) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.network.update({ where: { id: ctx.networkId }, data: { name: input.name } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function getNetworkOverview(networkId: string) {
  const { userId } = await verifySession();
  const id = z.string().max(40).parse(networkId);
  // ok: missing-authorization
  const net = await prisma.network.findFirst({
    where: { id, memberships: { some: { userId } } },
    select: { id: true, name: true, slug: true, plan: true, _count: { select: { shows: true, memberships: true } } },
  });
  // ok: excessive-data-exposure
  return net;
}

// ok: missing-auth, missing-input-validation
export async function getNetworkBySlug(slug: string) {
  const { userId } = await verifySession();
  const s = z.string().regex(/^[a-z0-9-]{3,40}$/).parse(slug);
  const net = await prisma.network.findUnique({ where: { slug: s } });
  if (!net) return null;
  const member = await prisma.membership.findUnique({ where: { userId_networkId: { userId, networkId: net.id } }, select: { id: true } });
  if (!member) return null;
  // ruleid: excessive-data-exposure
  return net;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function transferOwnership(networkId: string, newOwnerId: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  // ruleid: floating-auth-check
  if (!isNetworkOwner(session.user.id, networkId)) throw new Error("Owners only");
  // ruleid: missing-authorization, mass-assignment
  await prisma.network.update({ where: { id: networkId }, data: { ownerId: newOwnerId } });
  await logActivity({ actorId: session.user.id, networkId, action: "network.transfer", target: newOwnerId });
}
