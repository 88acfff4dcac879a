import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getBerthOr404 } from "@/lib/data/berths";
import { requireStaff } from "@/lib/auth";
import { getEm, Berth, MaintenanceTicket } from "@/lib/db/orm";
import { BerthStatusBadge } from "@/components/berth-status-badge";

export default async function BerthPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const berth = await getBerthOr404(id);

  // ok: missing-auth
  // ruleid: missing-input-validation -- (todoruleid until pass 30: `new Date(until)` is no check)
  async function holdBerth(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const session = await requireStaff();
    const until = formData.get("until") as string;
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Berth, { id: berth.id, org: session.orgId }, { holdUntil: new Date(until), status: "reserved" });
    revalidatePath(`/berths/${berth.id}`);
  }

  // ruleid: missing-auth
  // ok: missing-input-validation
  async function releaseHold() {
    "use server";
    const em = await getEm();
    await em.nativeUpdate(Berth, { id: berth.id }, { holdUntil: null, status: "available" });
    revalidatePath(`/berths/${berth.id}`);
  }

  // ruleid: missing-auth
  // ok: missing-input-validation
  async function reportIssue(formData: FormData) {
    "use server";
    // ruleid: floating-auth-check
    requireStaff();
    const { title } = z.object({ title: z.string().trim().min(3).max(140) }).parse({ title: formData.get("title") });
    const em = await getEm();
    em.create(MaintenanceTicket, { org: berth.org, berth: berth.id, title });
    await em.flush();
    revalidatePath(`/berths/${berth.id}`);
  }

  return (
    <section className="space-y-6">
      <header className="flex items-center gap-3">
        <h1 className="text-2xl font-semibold">Berth {berth.code}</h1>
        <BerthStatusBadge status={berth.status} />
      </header>
      <dl className="grid grid-cols-3 gap-4 text-sm">
        <div>
          <dt>Length</dt>
          <dd>{berth.lengthM} m</dd>
        </div>
        <div>
          <dt>Beam</dt>
          <dd>{berth.beamM} m</dd>
        </div>
        <div>
          <dt>Draft</dt>
          <dd>{berth.draftM} m</dd>
        </div>
      </dl>
      <form action={holdBerth} className="flex gap-2">
        <input type="date" name="until" required />
        <button type="submit">Hold</button>
      </form>
      {berth.holdUntil && (
        <form action={releaseHold}>
          <button type="submit">Release hold</button>
        </form>
      )}
      <form action={reportIssue} className="flex gap-2">
        <input name="title" placeholder="Broken cleat, no shore power…" />
        <button type="submit">Report issue</button>
      </form>
    </section>
  );
}
