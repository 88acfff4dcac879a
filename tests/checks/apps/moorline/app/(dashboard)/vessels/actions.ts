"use server";

import * as v from "valibot";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { getActiveOrg } from "@/lib/auth/dal";
import { VesselSchema } from "@/lib/validators/owner";

// ok: missing-auth, missing-input-validation
export async function addVessel(customerId: string, formData: FormData) {
  const org = await getActiveOrg();
  const owner = await prisma.boatOwner.findFirst({
    // ok: missing-authorization
    where: { id: z.string().cuid().parse(customerId), orgId: org.orgId },
    select: { id: true },
  });
  if (!owner) return { error: "Customer not found" };
  const vessel = v.parse(VesselSchema, {
    name: formData.get("name"),
    registration: formData.get("registration"),
    lengthM: Number(formData.get("lengthM")),
    beamM: Number(formData.get("beamM")),
  });
  const created = await prisma.vessel.create({
    // ok: mass-assignment
    data: { ...vessel, customerId: owner.id, orgId: org.orgId },
    select: { id: true },
  });
  return { id: created.id };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function renameVessel(vesselId: string, name: string) {
  const session = await auth();
  const input = z.object({ vesselId: z.string().cuid(), name: z.string().min(1).max(80) }).parse({ vesselId, name });
  await prisma.vessel.updateMany({
    where: { id: input.vesselId, customer: { userId: session?.user?.id } },
    // ok: mass-assignment
    data: { name: input.name },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function transferVessel(vesselId: string, newCustomerId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorised");
  const ids = z.object({ vesselId: z.string().cuid(), newCustomerId: z.string().cuid() }).parse({ vesselId, newCustomerId });
  // ruleid: missing-authorization
  await prisma.vessel.update({
    where: { id: ids.vesselId },
    data: { customerId: ids.newCustomerId },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function vesselsExpiringInsurance(days: number) {
  const org = await getActiveOrg();
  if (typeof days !== "number" || days < 0 || days > 365) throw new Error("Bad range");
  const rows = await prisma.vessel.findMany({
    where: { orgId: org.orgId, insuranceExpiresAt: { lte: new Date(Date.now() + days * 86_400_000) } },
    select: { id: true, name: true, registration: true, insuranceExpiresAt: true, customer: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return rows;
}
