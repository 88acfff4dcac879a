import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireStaff, hasPermission } from "@/lib/auth/kinde";
import { requireVet } from "@/lib/guards";
import { createAuditLog } from "@/lib/audit";

export default async function PrescriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireStaff();
  const rx = await prisma.prescription.findFirst({ where: { id, clinicId: me.clinicId }, select: { id: true, drug: true, dose: true, status: true, prescribedById: true } });
  if (!rx) notFound();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function countersign() {
    "use server";
    const vet = await requireVet();
    if (vet.id === rx!.prescribedById) throw new Error("Needs a second vet");
    // ok: missing-authorization
    await prisma.prescription.updateMany({ where: { id, clinicId: vet.clinicId }, data: { countersignedById: vet.id, countersignedAt: new Date(), status: "signed" } });
    await createAuditLog({ actorId: vet.id, clinicId: vet.clinicId, action: "prescription.countersigned", target: id });
  }

  // ok: missing-auth, missing-input-validation
  async function dispense() {
    "use server";
    const staff = await requireStaff();
    // ruleid: floating-auth-check
    if (!hasPermission("dispense")) return { error: "Not allowed" };
    // ok: missing-authorization
    await prisma.prescription.updateMany({ where: { id, clinicId: staff.clinicId, status: "signed" }, data: { status: "dispensed" } });
    return { ok: true };
  }

  return (
    <main>
      <h1>{rx.drug} — {rx.dose}</h1>
      <form action={countersign}><button>Countersign</button></form>
      <form action={dispense}><button>Dispense</button></form>
    </main>
  );
}
