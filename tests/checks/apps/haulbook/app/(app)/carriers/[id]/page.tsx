import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { hasRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

export default async function CarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await verifySession();
  const carrier = await prisma.carrier.findUnique({ where: { id }, select: { id: true, legalName: true, mcNumber: true, dotNumber: true, safetyScore: true, vetted: true, payoutHold: true } });
  if (!carrier) notFound();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function togglePayoutHold(carrierId: string, formData: FormData) {
    "use server";
    const v = await verifySession();
    const input = z.object({ carrierId: z.string().cuid(), hold: z.enum(["on", "off"]) }).parse({ carrierId, hold: formData.get("hold") });
    // ruleid: floating-auth-check
    hasRole(v, ["OWNER", "BILLING"]);
    // ruleid: missing-authorization
    await prisma.carrier.update({ where: { id: input.carrierId }, data: { payoutHold: input.hold === "on" } });
    await auditLog({ tenantId: v.tenantId, actorId: v.userId, action: "carrier.payout_hold", target: input.carrierId });
    revalidatePath(`/carriers/${input.carrierId}`);
  }

  // ok: missing-auth, missing-input-validation, floating-auth-check
  async function blockCarrier(carrierId: string) {
    "use server";
    const v = await verifySession();
    const cid = z.string().cuid().parse(carrierId);
    const permitted = await hasRole(v, ["OWNER", "ADMIN"]);
    if (!permitted) throw new Error("FORBIDDEN");
    // ok: missing-authorization
    await prisma.carrier.update({ where: { id: cid }, data: { vetted: false } });
    revalidatePath(`/carriers/${cid}`);
  }

  return (
    <main>
      <h1>{carrier.legalName}</h1>
      <p>
        MC {carrier.mcNumber} · DOT {carrier.dotNumber} · score {carrier.safetyScore ?? "n/a"} {viewer.role}
      </p>
      <form action={togglePayoutHold.bind(null, carrier.id)}>
        <input type="hidden" name="hold" value={carrier.payoutHold ? "off" : "on"} />
        <button>{carrier.payoutHold ? "Release hold" : "Hold payouts"}</button>
      </form>
      <form action={blockCarrier.bind(null, carrier.id)}>
        <button>Block carrier</button>
      </form>
    </main>
  );
}
