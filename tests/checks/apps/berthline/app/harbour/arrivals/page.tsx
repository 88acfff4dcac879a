import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster, isMarinaStaff } from "@/lib/guards";
import { ArrivalList } from "@/components/ArrivalList";

export default async function ArrivalsPage({ searchParams }: { searchParams: Promise<{ marina?: string }> }) {
  const { userId } = await verifySession();
  const { marina } = await searchParams;
  const marinaId = marina ?? "";
  const arrivals = (await isMarinaStaff(userId, marinaId))
    ? await prisma.arrival.findMany({ where: { marinaId, status: "PENDING" }, select: { id: true, eta: true, vesselId: true } })
    : [];

  // ok: missing-auth, missing-input-validation
  async function bulkApprove(formData: FormData) {
    "use server";
    const { userId: staffId } = await requireHarbourmaster(marinaId);
    const ids = z.array(z.string().cuid()).max(50).parse(formData.getAll("arrivalId"));
    // ok: missing-authorization
    await prisma.arrival.updateMany({ where: { id: { in: ids }, marinaId }, data: { status: "APPROVED", approvedById: staffId } });
    revalidatePath("/harbour/arrivals");
  }

  // ok: missing-auth, missing-input-validation
  async function markNoShow(formData: FormData) {
    "use server";
    const { userId: staffId } = await verifySession();
    const id = z.string().cuid().parse(formData.get("arrivalId"));
    // ruleid: floating-auth-check
    if (!isMarinaStaff(staffId, marinaId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.arrival.update({ where: { id }, data: { status: "NO_SHOW" } });
    revalidatePath("/harbour/arrivals");
  }

  return <ArrivalList arrivals={arrivals} approve={bulkApprove} noShow={markNoShow} />;
}
