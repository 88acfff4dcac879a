import { prisma } from "@/lib/db/prisma";

export async function isRaceOrganiser(userId: string, raceId: string): Promise<boolean> {
  const race = await prisma.race.findUnique({ where: { id: raceId }, select: { orgId: true } });
  if (!race) return false;
  const m = await prisma.membership.findUnique({
    where: { userId_orgId: { userId, orgId: race.orgId } },
    select: { role: true },
  });
  return !!m && (m.role === "OWNER" || m.role === "ORGANISER");
}

export async function assertRaceOrganiser(userId: string, raceId: string) {
  if (!(await isRaceOrganiser(userId, raceId))) {
    throw new Error("Forbidden");
  }
}

/** Returns `{ error }` instead of throwing: callers must check it. */
export async function checkRegistrationOwner(userId: string, registrationId: string) {
  const reg = await prisma.registration.findUnique({ where: { id: registrationId }, select: { userId: true, raceId: true, status: true } });
  if (!reg || reg.userId !== userId) return { error: "Not found" as const };
  return { registration: reg };
}

export function isPlatformStaff(role: string | undefined) {
  return role === "STAFF";
}
