import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireCoopRole } from "./membership";

// Loads the installation, then asserts board-admin in *its* co-op (requireCoopRole -> loadRoleOrThrow).
export async function assertCanManageInstallation(installationId: string) {
  const inst = await prisma.installation.findUnique({ where: { id: installationId }, select: { id: true, coopId: true } });
  if (!inst) throw new Error("Not found");
  const { user } = await requireCoopRole(inst.coopId, ["BOARD_ADMIN"]);
  return { user, installation: inst };
}

// Boolean flavour (async) for UI code paths.
export async function canManageInstallation(installationId: string): Promise<boolean> {
  try {
    await assertCanManageInstallation(installationId);
    return true;
  } catch {
    return false;
  }
}

export async function currentUserId() {
  const user = await verifySession();
  return user.id;
}

// Installer-side signature on site-visit completion reports (HMAC over the report body).
export function verifyReportSignature(expectedSignature: string, providedSignature: string | null) {
  // ruleid: timing-unsafe-comparison
  return providedSignature !== null && providedSignature === expectedSignature;
}
