import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { ClaimSeedsButton } from "@/components/ClaimSeedsButton";

export default async function SeedListingPage({ params }: { params: Promise<{ listingId: string }> }) {
  const { listingId } = await params;
  const listing = await prisma.seedListing.findUnique({
    where: { id: listingId },
    select: { id: true, variety: true, quantity: true, description: true, status: true, ownerId: true },
  });
  if (!listing) notFound();
  const { user } = await getCurrentSession();

  // ok: missing-auth, missing-input-validation
  async function closeListing() {
    "use server";
    const { session, user: me } = await getCurrentSession();
    if (!session) redirect("/login");
    // ok: missing-authorization
    await prisma.seedListing.updateMany({ where: { id: listingId, ownerId: me.id }, data: { status: "CLOSED" } });
    redirect("/seeds");
  }

  // ruleid: missing-auth
  async function markTaken(formData: FormData) {
    "use server";
    const qty = Number(formData.get("quantity"));
    if (!Number.isInteger(qty) || qty < 0) throw new Error("Bad quantity");
    await prisma.seedListing.update({ where: { id: listingId }, data: { quantity: qty } });
  }

  return (
    <article>
      <h1>{listing.variety}</h1>
      <p>{listing.quantity} available</p>
      <p>{listing.description}</p>
      {user && user.id !== listing.ownerId && <ClaimSeedsButton listingId={listing.id} />}
      {user?.id === listing.ownerId && (
        <>
          <form action={closeListing}><button>Close listing</button></form>
          <form action={markTaken}>
            <input name="quantity" type="number" min={0} />
            <button>Update quantity</button>
          </form>
        </>
      )}
    </article>
  );
}
