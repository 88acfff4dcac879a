import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireMember, getCurrentSession } from "@/lib/auth/current";
import { isPlotHolder } from "@/lib/auth/roles";
import { releasePlot } from "@/app/actions/plots";
import { ConfirmButton } from "@/components/ConfirmButton";

export default async function PlotPage({ params }: { params: Promise<{ plotId: string }> }) {
  const { plotId } = await params;
  const { user } = await requireMember();
  const plot = await prisma.plot.findUnique({
    where: { id: plotId },
    select: { id: true, code: true, notes: true, sizeSqm: true, holderId: true, site: { select: { name: true } } },
  });
  if (!plot) notFound();
  const mine = plot.holderId === user.id;

  // ok: missing-auth, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const { user: me } = await requireMember();
    const notes = z.string().max(4000).parse(formData.get("notes"));
    // ok: missing-authorization
    await prisma.plot.updateMany({ where: { id: plotId, holderId: me.id }, data: { notes } });
    revalidatePath(`/plots/${plotId}`);
  }

  // ok: missing-input-validation
  async function addCompanion(formData: FormData) {
    "use server";
    const { session, user: me } = await getCurrentSession();
    if (!session) return;
    const email = z.string().email().parse(formData.get("email"));
    // ruleid: floating-auth-check
    if (!isPlotHolder(me.id, plotId)) return;
    await prisma.auditEvent.create({ data: { actorId: me.id, action: "plot.companion_add", target: plotId, meta: { email } } });
  }

  return (
    <article>
      <h1>Plot {plot.code}</h1>
      <p>{plot.site.name} · {plot.sizeSqm} m²</p>
      {mine && (
        <>
          <form action={saveNotes}>
            <textarea name="notes" defaultValue={plot.notes ?? ""} />
            <button>Save notes</button>
          </form>
          <form action={addCompanion}>
            <input name="email" type="email" placeholder="Co-worker's email" />
            <button>Add co-worker</button>
          </form>
          <ConfirmButton action={releasePlot.bind(null, plot.id)} label="Give up this plot" />
        </>
      )}
    </article>
  );
}
