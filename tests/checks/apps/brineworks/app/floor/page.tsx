import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { catches, lots } from "@/db/schema";
import { requireStaff, verifySession } from "@/lib/dal";
import { audit } from "@/lib/audit";
import { FloorControls } from "@/components/FloorControls";

export default async function FloorPage() {
  // ok: floating-auth-check
  await requireStaff();
  const rows = await db
    .select({ id: lots.id, status: lots.status, species: catches.species, currentBid: lots.currentBid, endsAt: lots.endsAt })
    .from(lots)
    .innerJoin(catches, eq(catches.id, lots.catchId))
    .where(inArray(lots.status, ["scheduled", "open", "closed"]))
    .orderBy(asc(lots.startsAt));

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function pauseAll() {
    "use server";
    // ok: floating-auth-check
    const staff = await requireStaff();
    // ok: mass-assignment
    await db.update(lots).set({ status: "scheduled" }).where(eq(lots.status, "open"));
    await audit.record({ actorId: staff.userId, action: "floor.pause_all" });
    revalidatePath("/floor");
  }

  // ok: missing-auth, missing-input-validation
  async function resetLotPrice(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const s = await verifySession();
    const input = v.parse(v.object({ lotId: v.pipe(v.string(), v.uuid()), price: v.pipe(v.string(), v.decimal()) }), {
      lotId: formData.get("lotId"),
      price: formData.get("price"),
    });
    // ruleid: missing-authorization
    await db.update(lots).set({ startPrice: input.price, currentBid: null }).where(eq(lots.id, input.lotId));
    revalidatePath("/floor");
    return void s;
  }

  return (
    <div>
      <h1>Auction floor</h1>
      <form action={pauseAll}><button className="btn">Pause all open lots</button></form>
      <FloorControls lots={rows.map((r) => ({ ...r, endsAt: r.endsAt.toISOString() }))} resetPrice={resetLotPrice} />
    </div>
  );
}
