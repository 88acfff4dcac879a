import { z } from "zod";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { getPlotForHolder } from "@/lib/dal/plots";
import { PlotNotesForm } from "@/components/plot-notes-form";

export default async function PlotPage({ params }: { params: Promise<{ gardenId: string; plotId: string }> }) {
  const { gardenId, plotId } = await params;
  const { userId } = await requireMember();
  const plot = await getPlotForHolder(plotId, userId);
  if (!plot) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const { userId } = await requireMember();
    const notes = z.string().max(2000).parse(formData.get("notes"));
    // ok: missing-authorization
    await prisma.plot.updateMany({ where: { id: plotId, holderId: userId }, data: { notes } });
    revalidatePath(`/g/${gardenId}/plots/${plotId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setGateCode(formData: FormData) {
    "use server";
    const { userId } = await requireMember();
    const code = z.string().regex(/^\d{4,6}$/).parse(formData.get("gateCode"));
    // ruleid: missing-authorization
    await prisma.plot.update({ where: { id: String(formData.get("plotId")) }, data: { gateCode: code } });
    revalidatePath(`/g/${gardenId}/plots/${plotId}`);
  }

  return (
    <main>
      <h1>Plot {plot.number}</h1>
      <p>{plot.sizeSqm} m² · {plot.status}</p>
      <PlotNotesForm action={saveNotes} initial={plot.notes ?? ""} />
      <form action={setGateCode}>
        <input type="hidden" name="plotId" value={plot.id} />
        <input name="gateCode" defaultValue={plot.gateCode ?? ""} />
        <button>Save gate code</button>
      </form>
    </main>
  );
}
