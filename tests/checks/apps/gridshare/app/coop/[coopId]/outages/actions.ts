"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withCoopRole } from "@/lib/actions/with-coop";
import { requireCoopRole } from "@/lib/coop/membership";
import { smsLimiter } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { auditLog } from "@/lib/audit";

const outageSchema = z.object({ message: z.string().min(10).max(300) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const broadcastOutage = withCoopRole(["BOARD_ADMIN", "TREASURER"], async (formData, { user, coopId }) => {
  const { message } = outageSchema.parse({ message: formData.get("message") });
  const { success } = await smsLimiter.limit(`outage:${coopId}`);
  if (!success) return { error: "An alert was sent recently" };
  const members = await prisma.membership.findMany({
    where: { coopId, user: { phone: { not: null }, outageAlertsMuted: false } },
    select: { user: { select: { phone: true } } },
  });
  await Promise.all(members.map((m) => sendSms(m.user.phone!, message)));
  await auditLog({ actorId: user.id, action: "outage.broadcast", target: coopId });
  return { sent: members.length };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function notifyInstallationOutage(coopId: string, installationId: string, message: string) {
  const input = z.object({ coopId: z.string().cuid(), installationId: z.string().cuid(), message: z.string().min(10).max(300) }).parse({ coopId, installationId, message });
  await requireCoopRole(input.coopId, ["BOARD_ADMIN"]);
  const holders = await prisma.shareHolding.findMany({
    // ok: missing-authorization
    where: { installationId: input.installationId, membership: { coopId: input.coopId } },
    select: { membership: { select: { user: { select: { phone: true } } } } },
  });
  for (const h of holders) {
    if (h.membership.user.phone) await sendSms(h.membership.user.phone, input.message);
  }
  return { sent: holders.length };
}
