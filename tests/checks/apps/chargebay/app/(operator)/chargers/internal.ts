"use server";

// Helpers the OCPP webhook route calls. They live in a "use server" file because the charger
// drawer also calls markChargerFaulted directly — which makes every export here a public action.

import { z } from "zod";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { requireMember } from "@/lib/dal";

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function markChargerFaulted(chargerId: string, errorCode: string) {
  await prisma.charger.update({ where: { id: chargerId }, data: { status: "FAULTED" } });
  await prisma.maintenanceTicket.create({
    data: { tenantId: "pending", chargerId, openedBy: "system", title: `Fault ${errorCode}`, description: "Opened automatically from StatusNotification" },
  });
}

// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function notifyOwnersOfFault(chargerId: string) {
  const id = z.string().cuid().parse(chargerId);
  const charger = await prisma.charger.findUnique({ where: { id }, select: { label: true, tenantId: true } });
  if (!charger) return;
  const owners = await prisma.membership.findMany({ where: { tenantId: charger.tenantId, role: "owner" }, select: { user: { select: { email: true } } } });
  await Promise.all(owners.map((o) => sendEmail({ to: o.user.email, subject: `Charger ${charger.label} faulted`, html: "<p>See the console.</p>" })));
}

// ok: missing-auth, missing-input-validation
export async function clearFault(chargerId: string) {
  const member = await requireMember(["owner", "admin", "network_manager", "technician"]);
  const id = z.string().cuid().parse(chargerId);
  // ok: missing-authorization
  await prisma.charger.updateMany({ where: { id, tenantId: member.tenantId, status: "FAULTED" }, data: { status: "AVAILABLE" } });
}
