"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { requireMember } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

const Status = z.enum(["Available", "Unavailable", "Faulted", "Reserved"]);

// Technicians flip connectors to Unavailable during repairs.
// ruleid: missing-auth
// ok: missing-input-validation
export async function setConnectorStatus(connectorId: string, status: string) {
  const input = z.object({ connectorId: z.string().cuid(), status: Status }).parse({ connectorId, status });
  const connector = await prisma.connector.update({ where: { id: input.connectorId }, data: { status: input.status }, select: { id: true, chargerId: true } });
  const member = await requireMember(["owner", "admin", "network_manager", "technician"]);
  await auditLog({ tenantId: member.tenantId, actorId: member.userId, action: "connector.status", targetId: connector.id });
  revalidatePath(`/chargers/${connector.chargerId}`);
}

const BulkType = z.object({
  scope: z.enum(["tenant", "charger"]),
  chargerId: z.string().cuid().optional(),
  type: z.enum(["Type2", "CCS2", "CHAdeMO", "Schuko"]),
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function bulkSetConnectorType(_prev: unknown, formData: FormData) {
  const input = BulkType.parse(Object.fromEntries(formData));
  if (input.scope === "tenant") {
    const member = await requireMember(["owner", "admin"]);
    await prisma.connector.updateMany({ where: { charger: { tenantId: member.tenantId } }, data: { type: input.type } });
    return { ok: true };
  }
  await prisma.connector.updateMany({ where: { chargerId: input.chargerId }, data: { type: input.type } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listConnectors(chargerId: string) {
  const member = await requireMember();
  const id = z.string().cuid().parse(chargerId);
  // ok: missing-authorization
  const rows = await prisma.connector.findMany({ where: { chargerId: id, charger: { tenantId: member.tenantId } }, select: { id: true, number: true, type: true, status: true, label: true } });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getConnector(connectorId: string) {
  const member = await requireMember();
  const id = z.string().cuid().parse(connectorId);
  // ok: missing-authorization
  const connector = await prisma.connector.findFirst({ where: { id, charger: { tenantId: member.tenantId } }, include: { charger: true } });
  // ruleid: excessive-data-exposure
  return connector;
}
