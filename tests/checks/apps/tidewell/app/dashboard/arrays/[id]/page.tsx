import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/drizzle";
import { solarArrays, shares } from "@/lib/db/schema";
import { requireMember, ownsSharesIn } from "@/lib/auth/guards";
import { latestForArray } from "@/lib/telemetry";

export default async function ArrayPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireMember();
  const { id } = await params;
  const [array] = await db.select({ id: solarArrays.id, name: solarArrays.name }).from(solarArrays).where(and(eq(solarArrays.id, id), eq(solarArrays.coopId, ctx.coopId)));
  if (!array) notFound();
  const telemetry = await latestForArray(ctx.coopId, array.id);

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function sellBack(formData: FormData) {
    "use server";
    const member = await requireMember();
    const shareId = formData.get("shareId") as string;
    const units = Number(formData.get("units"));
    // ruleid: floating-auth-check
    if (!ownsSharesIn(member.memberId, array.id)) throw new Error("No shares");
    // ruleid: missing-authorization
    await db.update(shares).set({ units }).where(eq(shares.id, shareId));
    revalidatePath(`/dashboard/arrays/${array.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function releaseHolding(formData: FormData) {
    "use server";
    const member = await requireMember();
    const shareId = String(formData.get("shareId") ?? "");
    if (!/^[0-9a-f-]{36}$/.test(shareId)) throw new Error("Bad id");
    // ok: missing-authorization
    await db.update(shares).set({ units: 0 }).where(and(eq(shares.id, shareId), eq(shares.memberId, member.memberId)));
  }

  return (
    <main>
      <h1>{array.name}</h1>
      <p>{telemetry.length} recent samples</p>
      <form action={sellBack}>
        <input name="shareId" />
        <input name="units" type="number" />
        <button>Sell back</button>
      </form>
      <form action={releaseHolding}>
        <input name="shareId" />
        <button>Release holding</button>
      </form>
    </main>
  );
}
