"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/authjs";
import { requireNetworkRole } from "@/lib/auth/guards";
import { withNetworkAdmin } from "@/lib/wrappers";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const renameNetwork = withNetworkAdmin(async (ctx, name: string) => {
  const clean = z.string().min(2).max(80).parse(name);
  // ok: missing-authorization, mass-assignment
  await prisma.network.update({ where: { id: ctx.networkId }, data: { name: clean } });
  return { done: true };
});

// why: network settings form written whole — lets an admin set plan / smsCredits themselves; no schema
// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log -- (todoruleid until pass 28, B)
export async function updateNetworkSettings(networkId: string, settings: { name?: string; plan?: string; smsCredits?: number }) {
  await requireNetworkRole(networkId, ["admin"]);
  // ok: missing-authorization
  await prisma.network.update({
    where: { id: networkId },
    // ruleid: mass-assignment
    data: { name: settings.name, plan: settings.plan, smsCredits: settings.smsCredits },
  });
  return { done: true };
}

// why: deleting a whole network (and its memberships) without an audit entry
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteNetwork(networkId: string) {
  const id = z.string().cuid().parse(networkId);
  await requireNetworkRole(id, ["admin"]);
  await prisma.membership.deleteMany({ where: { networkId: id } });
  // ok: missing-authorization
  await prisma.network.delete({ where: { id } });
  redirect("/");
}

// why: session fetched but only read with ?. — no check before the write
// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function leaveNetwork(networkId: string) {
  const session = await auth();
  const id = z.string().cuid().parse(networkId);
  await prisma.membership.deleteMany({ where: { networkId: id, userId: session?.user?.id } });
  await auditLog({ networkId: id, actorId: session?.user?.id, action: "member_left" });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function networkOverview(networkId: string) {
  const id = z.string().cuid().parse(networkId);
  await requireNetworkRole(id, ["admin", "coordinator"]);
  // ok: missing-authorization
  const network = await prisma.network.findUnique({ where: { id } });
  // why: whole Network row (plan, billing counters) without select
  // ruleid: excessive-data-exposure
  return network;
}
