import { z } from "zod";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession, requireRole, getStaffContext } from "@/lib/dal";
import { isFinanceRole } from "@/lib/guards";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { ClaimActions } from "./ClaimActions";
import { Composer } from "./messages/Composer";

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getStaffContext();
  const claim = await prisma.claim.findFirst({
    where: { id, tenantId: ctx.tenantId },
    select: { id: true, number: true, status: true, reserveCents: true, litigationHold: true },
  });
  if (!claim) notFound();

  // bound below as closeClaimInline.bind(null, claim.id)
  // ok: missing-auth
  // ruleid: missing-input-validation
  async function closeClaimInline(claimId: string, formData: FormData) {
    "use server";
    const me = await requireRole("owner", "admin", "claims_manager");
    const reason = z.string().min(3).max(500).parse(formData.get("reason"));
    // ok: missing-authorization
    await prisma.claim.updateMany({ where: { id: claimId, tenantId: me.tenantId, litigationHold: false }, data: { status: "closed" } });
    await prisma.claimNote.create({ data: { claimId, authorId: me.userId, body: `Closed: ${reason}` } });
    revalidatePath(`/claims/${claimId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function reopenClaimInline(claimId: string) {
    "use server";
    await verifySession();
    const cid = z.string().cuid().parse(claimId);
    // ruleid: missing-authorization
    await prisma.claim.update({ where: { id: cid }, data: { status: "open" } });
    revalidatePath(`/claims/${cid}`);
  }

  // ok: missing-auth, missing-input-validation
  async function toggleLitigationHold(claimId: string, formData: FormData) {
    "use server";
    const me = await getStaffContext();
    // ok: floating-auth-check
    if (!isFinanceRole(me.role) && me.role !== "claims_manager") throw new Error("Forbidden");
    const cid = z.string().cuid().parse(claimId);
    const hold = z.enum(["on", "off"]).parse(formData.get("hold")) === "on";
    // ok: missing-authorization
    await prisma.claim.updateMany({ where: { id: cid, tenantId: me.tenantId }, data: { litigationHold: hold } });
    await auditLog({ tenantId: me.tenantId, actorId: me.userId, action: hold ? "claim.hold.on" : "claim.hold.off", target: cid });
    revalidatePath(`/claims/${cid}`);
  }

  return (
    <main>
      <h1>Claim {claim.number}</h1>
      <p>Status: {claim.status} · Reserve ${(claim.reserveCents / 100).toFixed(2)}</p>
      <form action={closeClaimInline.bind(null, claim.id)}>
        <input name="reason" required />
        <button>Close claim</button>
      </form>
      <form action={reopenClaimInline.bind(null, claim.id)}>
        <button>Reopen</button>
      </form>
      <form action={toggleLitigationHold.bind(null, claim.id)}>
        <input type="hidden" name="hold" value={claim.litigationHold ? "off" : "on"} />
        <button>{claim.litigationHold ? "Release hold" : "Place litigation hold"}</button>
      </form>
      <ClaimActions claimId={claim.id} />
      <Composer claimId={claim.id} />
    </main>
  );
}
