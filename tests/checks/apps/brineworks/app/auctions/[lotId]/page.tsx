import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { catches, lots } from "@/db/schema";
import { BidForm } from "@/components/BidForm";
import { LotTimer } from "@/components/LotTimer";

export default async function LotPage({ params }: { params: Promise<{ lotId: string }> }) {
  const { lotId } = await params;
  const [lot] = await db
    .select({ id: lots.id, status: lots.status, endsAt: lots.endsAt, currentBid: lots.currentBid, startPrice: lots.startPrice, species: catches.species, weightKg: catches.weightKg })
    .from(lots)
    .innerJoin(catches, eq(catches.id, lots.catchId))
    .where(eq(lots.id, lotId));
  if (!lot) notFound();
  const session = await auth();

  // ok: missing-auth, missing-input-validation
  async function flagLot(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user) throw new Error("Sign in first");
    const reason = v.parse(v.pipe(v.string(), v.maxLength(200)), formData.get("reason"));
    // ok: mass-assignment
    await db.update(lots).set({ floorNotes: `flagged by ${s.user.id}: ${reason}` }).where(eq(lots.id, lotId));
    revalidatePath(`/auctions/${lotId}`);
  }

  return (
    <article>
      <h1>{lot.species} · {lot.weightKg} kg</h1>
      <p>Current bid: {lot.currentBid ?? lot.startPrice}</p>
      <LotTimer endsAt={lot.endsAt.toISOString()} />
      {session?.user && lot.status === "open" ? <BidForm lotId={lot.id} minimum={Number(lot.currentBid ?? lot.startPrice)} /> : null}
      {session?.user ? (
        <form action={flagLot}>
          <input name="reason" placeholder="Report a problem with this lot" />
          <button className="btn">Flag</button>
        </form>
      ) : null}
    </article>
  );
}
