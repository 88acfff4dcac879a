import "server-only";
import { notFound } from "next/navigation";
import { getEm, Berth, Marina } from "@/lib/db/orm";
import { requireStaff } from "@/lib/auth";

/** Used by server components under app/(console)/berths. */
export async function listBerths(marinaId?: string) {
  const session = await requireStaff();
  const em = await getEm();
  return em.find(
    Berth,
    { org: session.orgId, ...(marinaId ? { marina: marinaId } : {}) },
    { fields: ["id", "code", "lengthM", "beamM", "draftM", "dailyRateCents", "status", "marina"], orderBy: { code: "asc" } },
  );
}

export async function getBerthOr404(berthId: string) {
  const session = await requireStaff();
  const em = await getEm();
  const berth = await em.findOne(Berth, { id: berthId, org: session.orgId });
  if (!berth) notFound();
  return berth;
}

export async function listMarinas(orgId: string) {
  const em = await getEm();
  return em.find(Marina, { org: orgId }, { fields: ["id", "name", "slug"] });
}
