"use server";

import { z } from "zod";
import { removeDepotForOwner, renameDepot } from "@/lib/dal/depots";
import { verifySession } from "@/lib/auth/dal";
import { requireMembership } from "@/lib/auth/membership";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeDepot(companyId: string, depotId: string) {
  const input = z.object({ companyId: z.string().cuid(), depotId: z.string().cuid() }).parse({ companyId, depotId });
  // ok: missing-authorization
  const count = await removeDepotForOwner(input.companyId, input.depotId);
  return { removed: count };
}

// ok: missing-auth, missing-input-validation
export async function renameMyDepot(companyId: string, depotId: string, name: string) {
  const input = z.object({ companyId: z.string().cuid(), depotId: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ companyId, depotId, name });
  await requireMembership(input.companyId, ["owner", "depot_staff"]);
  const depot = await prisma.depot.findFirst({ where: { id: input.depotId, companyId: input.companyId }, select: { id: true } });
  if (!depot) throw new Error("Not found");
  // ok: missing-authorization
  return renameDepot(depot.id, input.name);
}

// ok: missing-auth, missing-input-validation
export async function renameAnyDepot(depotId: string, name: string) {
  await verifySession();
  const input = z.object({ depotId: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ depotId, name });
  // why: depot renamed by id through the DAL helper with no membership check anywhere.
  // ruleid: missing-authorization
  return renameDepot(input.depotId, input.name);
}

const NewDepot = z.object({ name: z.string().min(2), address: z.string().min(5), lat: z.number(), lng: z.number(), companyId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function createDepot(raw: unknown) {
  const { userId } = await verifySession();
  const input = NewDepot.parse(raw);
  // why: companyId inside the parsed input is never checked against the caller's memberships — depots created under any company.
  // ruleid: missing-authorization
  await prisma.depot.create({ data: input });
  return { by: userId };
}
