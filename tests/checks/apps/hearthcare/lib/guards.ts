import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

/** Returns `{ error }` instead of throwing, so form actions can show a message. */
export async function getAgencyContext(): Promise<{ error: string } | { error?: undefined; userId: string; agencyId: string; role: string }> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Please sign in." };
  const m = await prisma.membership.findFirst({ where: { userId: session.user.id }, select: { agencyId: true, role: true } });
  if (!m) return { error: "No agency." };
  return { userId: session.user.id, agencyId: m.agencyId, role: m.role };
}
