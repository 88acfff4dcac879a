import "server-only";
import { prisma } from "@/lib/db/prisma";
import { requireSponsorStaff } from "@/lib/auth/guards";

// Plain helper module (no directive): not an entry point on its own.
export async function sponsorStudyOrThrow(studyId: string) {
  const ctx = await requireSponsorStaff();
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id: studyId, sponsorId: ctx.sponsorId }, select: { id: true, title: true, sponsorId: true } });
  if (!study) throw new Error("Study not found");
  return { ctx, study };
}

export async function loadStudyUnchecked(studyId: string) {
  return prisma.study.findUnique({ where: { id: studyId }, select: { id: true, title: true, sponsorId: true } });
}
