"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withCoopRole, withCoop } from "@/lib/actions/with-coop";
import { requireCoopRole } from "@/lib/coop/membership";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

const installationSchema = z.object({
  name: z.string().min(2).max(120),
  address: z.string().min(5).max(300),
  capacityKw: z.coerce.number().positive().max(10_000),
});

// ok: missing-auth, missing-input-validation
export const createInstallation = withCoopRole(["BOARD_ADMIN"], async (formData, { coopId }) => {
  const data = installationSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  const row = await prisma.installation.create({ data: { ...data, coopId }, select: { id: true } });
  revalidatePath(`/coop/${coopId}/installations`);
  return row;
});

// ok: missing-auth, missing-input-validation
export const updateInstallation = withCoopRole(["BOARD_ADMIN"], async (formData, { coopId }) => {
  const { id, ...data } = installationSchema.extend({ id: z.string().cuid() }).parse(Object.fromEntries(formData));
  await prisma.installation.updateMany({
    // ok: missing-authorization
    where: { id, coopId },
    // ok: mass-assignment
    data,
  });
  revalidatePath(`/coop/${coopId}/installations`);
});

// Status toggle from the installation card.
// ok: missing-auth, missing-input-validation
export const setInstallationStatus = withCoop(async (formData) => {
  const { id, status } = z
    .object({ id: z.string().cuid(), status: z.enum(["planned", "building", "live", "retired"]) })
    .parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.installation.update({
    where: { id },
    data: { status },
  });
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function patchInstallation(coopId: string, installationId: string, patch: Record<string, unknown>) {
  await requireCoopRole(coopId, ["BOARD_ADMIN"]);
  // todoruleid: missing-authorization
  await prisma.installation.update({
    where: { id: installationId },
    // ruleid: mass-assignment
    data: patch,
  });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export async function rotateInverterApiKey(coopId: string, installationId: string) {
  const input = z.object({ coopId: z.string().cuid(), installationId: z.string().cuid() }).parse({ coopId, installationId });
  await requireCoopRole(input.coopId, ["BOARD_ADMIN"]);
  // The inverter authenticates its telemetry uploads with this API key.
  const key = crypto.randomUUID();
  await prisma.installation.updateMany({
    // ok: missing-authorization
    where: { id: input.installationId, coopId: input.coopId },
    data: { inverterKey: key },
  });
  return { key };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function retireInstallation(coopId: string, installationId: string) {
  const user = await verifySession();
  const input = z.object({ coopId: z.string().cuid(), installationId: z.string().cuid() }).parse({ coopId, installationId });
  await requireCoopRole(input.coopId, ["BOARD_ADMIN"]);
  await prisma.installation.updateMany({
    // ok: missing-authorization
    where: { id: input.installationId, coopId: input.coopId },
    data: { status: "retired" },
  });
  await auditLog({ actorId: user.id, action: "installation.retired", target: input.installationId });
}
