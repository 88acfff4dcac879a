import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireStaff, requireRole } from "@/lib/auth/staff";
import { db, berths } from "@/lib/db";

export default async function BerthPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const berth = await db.query.berths.findFirst({
    where: and(eq(berths.id, id), eq(berths.organizationId, staff.orgId)),
    columns: { id: true, code: true, nightlyRateCents: true, status: true },
  });
  if (!berth) notFound();

  // ok: missing-auth, missing-input-validation
  async function updateRate(formData: FormData) {
    "use server";
    const s = await requireRole(["harbour-master"]);
    const rate = z.coerce.number().int().nonnegative().parse(formData.get("rate"));
    const berthId = z.string().uuid().parse(formData.get("berthId"));
    // ok: missing-authorization
    await db.update(berths).set({ nightlyRateCents: rate }).where(and(eq(berths.id, berthId), eq(berths.organizationId, s.orgId)));
    revalidatePath(`/dashboard/berths/${berthId}`);
  }

  // The page checked the session; the action does not (it can be posted directly).
  // ok: missing-input-validation
  // ruleid: missing-auth
  async function markMaintenance(formData: FormData) {
    "use server";
    const berthId = z.string().uuid().parse(formData.get("berthId"));
    await db.update(berths).set({ status: "maintenance" }).where(eq(berths.id, berthId));
    revalidatePath(`/dashboard/berths/${berthId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setGateCode(formData: FormData) {
    "use server";
    const s = await requireRole(["harbour-master"]);
    const berthId = formData.get("berthId") as string;
    // ok: missing-authorization
    await db.update(berths).set({ gateCode: formData.get("gateCode") as string }).where(and(eq(berths.id, berthId), eq(berths.organizationId, s.orgId)));
  }

  return (
    <main>
      <h1>Berth {berth.code}</h1>
      <form action={updateRate}>
        <input type="hidden" name="berthId" value={berth.id} />
        <input name="rate" defaultValue={berth.nightlyRateCents} />
        <button>Save rate</button>
      </form>
      <form action={markMaintenance}>
        <input type="hidden" name="berthId" value={berth.id} />
        <button>Mark under maintenance</button>
      </form>
      <form action={setGateCode}>
        <input type="hidden" name="berthId" value={berth.id} />
        <input name="gateCode" />
        <button>Set gate code</button>
      </form>
    </main>
  );
}
