import { z } from "zod";
import Stripe from "stripe";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireRenter, getRenterSession } from "@/lib/renter-session";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export default async function RenterLeasePage() {
  const { renterId } = await requireRenter();
  const lease = await prisma.lease.findFirst({
    where: { renterId, status: "active" },
    select: { id: true, rentPence: true, startDate: true, endDate: true, unit: { select: { label: true } } },
  });

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function payRent(formData: FormData) {
    "use server";
    const { renterId, agencyId } = await requireRenter();
    const leaseId = z.string().cuid().parse(formData.get("leaseId"));
    // ok: missing-authorization
    const owned = await prisma.lease.findFirst({
      where: { id: leaseId, renterId },
      select: { id: true, rentPence: true },
    });
    if (!owned) throw new Error("Lease not found");
    const intent = await stripe.paymentIntents.create({
      amount: owned.rentPence,
      currency: "gbp",
      metadata: { leaseId: owned.id, agencyId },
    });
    await prisma.payment.create({
      data: { leaseId: owned.id, agencyId, amountPence: owned.rentPence, status: "pending", providerRef: intent.id },
    });
    redirect(`/renter/payments/${intent.id}`);
  }

  // ruleid: missing-auth
  async function schedulePayment(formData: FormData) {
    "use server";
    const session = await getRenterSession();
    const leaseId = z.string().cuid().parse(formData.get("leaseId"));
    const amountPence = z.coerce.number().int().positive().parse(formData.get("amount"));
    await prisma.payment.create({
      data: { leaseId, agencyId: session.agencyId ?? "", amountPence, status: "scheduled" },
    });
  }

  return (
    <main>
      <h1>Your tenancy</h1>
      {lease ? (
        <section>
          <p>{lease.unit.label}</p>
          <p>Rent: £{(lease.rentPence / 100).toFixed(2)}</p>
          <form action={payRent}>
            <input type="hidden" name="leaseId" value={lease.id} />
            <button type="submit">Pay now</button>
          </form>
          <form action={schedulePayment}>
            <input type="hidden" name="leaseId" value={lease.id} />
            <input name="amount" type="number" />
            <button type="submit">Schedule</button>
          </form>
        </section>
      ) : (
        <p>No active lease.</p>
      )}
    </main>
  );
}
