import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrg } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { OfferTable } from "@/components/OfferTable";

async function ownsOffer(agencyId: string, offerId: string) {
  const o = await prisma.offer.findFirst({ where: { id: offerId, agencyId }, select: { id: true } });
  return o !== null;
}

export default async function OfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { agencyId } = await requireOrg();
  const offer = await prisma.offer.findFirst({ where: { id, agencyId }, select: { id: true, amountCents: true, status: true } });
  if (!offer) notFound();

  // ok: missing-auth, missing-input-validation
  async function acceptOffer(formData: FormData) {
    "use server";
    const ctx = await requireOrg();
    const offerId = z.string().cuid().parse(formData.get("offerId"));
    if (!(await ownsOffer(ctx.agencyId, offerId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.offer.update({ where: { id: offerId }, data: { status: "accepted" } });
    revalidatePath(`/dashboard/offers/${offerId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function rejectOffer(formData: FormData) {
    "use server";
    const ctx = await requireOrg();
    const offerId = z.string().cuid().parse(formData.get("offerId"));
    // ruleid: floating-auth-check
    if (!ownsOffer(ctx.agencyId, offerId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.offer.update({ where: { id: offerId }, data: { status: "rejected" } });
  }

  return (
    <main>
      <OfferTable offers={[offer]} />
      <form action={acceptOffer}><input type="hidden" name="offerId" value={offer.id} /><button>Accept</button></form>
      <form action={rejectOffer}><input type="hidden" name="offerId" value={offer.id} /><button>Reject</button></form>
    </main>
  );
}
