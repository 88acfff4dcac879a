import { prisma } from "@/lib/db";
import { requireMember, getCurrentUser } from "@/lib/auth/current";
import { InspectionForm } from "@/components/InspectionForm";
import { AppealForm } from "@/components/AppealForm";
import { roleAtLeast } from "@/lib/auth/roles";

export default async function PlotInspectionsPage({ params }: { params: Promise<{ plotId: string }> }) {
  const { plotId } = await params;
  const { user } = await requireMember();
  const inspections = await prisma.inspection.findMany({
    where: { plotId, plot: roleAtLeast(user, "PLOT_STEWARD") ? undefined : { holderId: user.id } },
    select: { id: true, score: true, condition: true, notes: true, appealText: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });

  // ok: missing-auth, missing-input-validation
  async function withdrawAppeal(formData: FormData) {
    "use server";
    const me = await getCurrentUser();
    if (!me) throw new Error("Sign in");
    const inspectionId = formData.get("inspectionId");
    if (typeof inspectionId !== "string") throw new Error("Bad request");
    // ruleid: missing-authorization
    await prisma.inspection.update({ where: { id: inspectionId }, data: { appealText: null } });
  }

  return (
    <div>
      <h1>Inspections</h1>
      {roleAtLeast(user, "PLOT_STEWARD") && <InspectionForm plotId={plotId} />}
      {inspections.map((i) => (
        <section key={i.id}>
          <h3>{i.createdAt.toDateString()} — {i.condition} ({i.score}/5)</h3>
          <p>{i.notes}</p>
          {i.appealText ? (
            <form action={withdrawAppeal}>
              <input type="hidden" name="inspectionId" value={i.id} />
              <button>Withdraw appeal</button>
            </form>
          ) : (
            <AppealForm inspectionId={i.id} />
          )}
        </section>
      ))}
    </div>
  );
}
