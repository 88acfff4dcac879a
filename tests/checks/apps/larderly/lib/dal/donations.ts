import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { isNetworkAdmin } from "@/lib/auth/guards";

// Two calls deep: entry → voidDonation → recordVoid → auditLog
async function recordVoid(networkId: string, actorId: string, donationId: string) {
  await auditLog({ networkId, actorId, action: "donation_voided", target: donationId });
}

export async function voidDonation(actorId: string, donationId: string) {
  const d = await prisma.donation.findUnique({ where: { id: donationId }, select: { networkId: true } });
  if (!d) throw new Error("Not found");
  // ok: floating-auth-check
  if (!(await isNetworkAdmin(actorId, d.networkId))) throw new Error("Forbidden");
  await prisma.donation.update({ where: { id: donationId }, data: { status: "void" } });
  await recordVoid(d.networkId, actorId, donationId);
}

export async function reassignDonation(actorId: string, donationId: string, pantryId: string) {
  const d = await prisma.donation.findUnique({ where: { id: donationId }, select: { networkId: true } });
  if (!d) throw new Error("Not found");
  // why: isNetworkAdmin is async and not awaited inside a negated condition
  // ruleid: floating-auth-check -- (todoruleid until pass 28, F)
  if (!isNetworkAdmin(actorId, d.networkId)) throw new Error("Forbidden");
  await prisma.donation.update({ where: { id: donationId }, data: { pantryId } });
}
