"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function renameGarden(gardenId: string, name: string) {
  const { orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  const input = z.object({ gardenId: z.string().cuid(), name: z.string().min(2).max(100) }).parse({ gardenId, name });
  // ok: missing-authorization
  await prisma.garden.update({ where: { id: input.gardenId, federationId: orgId! }, data: { name: input.name } });
  await auditLog({ actorId: null, action: "federation.garden.rename", target: input.gardenId });
}

// ok: missing-auth, missing-input-validation
export async function setGardenDues(gardenId: string, duesCents: number) {
  const { orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  const input = z.object({ gardenId: z.string().cuid(), duesCents: z.number().int().min(0).max(50000) }).parse({ gardenId, duesCents });
  // ruleid: missing-authorization
  await prisma.garden.update({ where: { id: input.gardenId }, data: { duesCents: input.duesCents } });
  await auditLog({ actorId: null, action: "federation.garden.dues", target: input.gardenId });
}

// ok: missing-auth, missing-input-validation
export async function gardenDetails(gardenId: string) {
  const { orgId } = await auth.protect();
  const id = z.string().cuid().parse(gardenId);
  // ok: missing-authorization
  const garden = await prisma.garden.findFirst({ where: { id, federationId: orgId! } });
  // ruleid: excessive-data-exposure
  return garden;
}
