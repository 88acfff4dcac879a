import { revalidatePath } from "next/cache";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { requireOwner } from "@/lib/auth/clerk";

export default async function AgencySettingsPage() {
  const ctx = await requireOwner();
  const agency = await prisma.agency.findUnique({ where: { id: ctx.agencyId }, select: { name: true, plan: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function rotatePayoutToken() {
    "use server";
    const { agencyId, userId } = await requireOwner();
    await prisma.agency.update({ where: { id: agencyId }, data: { payoutAccountToken: null } });
    await auditLog({ actorId: userId, agencyId, action: "agency.payout_token_rotated" });
    revalidatePath("/dashboard/settings");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function resetStripeLink() {
    "use server";
    const { orgId } = await auth();
    await prisma.agency.update({ where: { clerkOrgId: orgId ?? "" }, data: { stripeCustomerId: null } });
    revalidatePath("/dashboard/settings");
  }

  return (
    <section>
      <h1>{agency?.name}</h1>
      <p>Plan: {agency?.plan}</p>
      <form action={rotatePayoutToken}><button>Disconnect payout account</button></form>
      <form action={resetStripeLink}><button>Reset billing link</button></form>
    </section>
  );
}
