import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { requirePractice, checkDentist } from "@/lib/auth/clerk";
import { ownsTreatmentPlan } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePractice();
  const plan = await prisma.treatmentPlan.findFirst({ where: { id, practiceId: ctx.practiceId }, select: { id: true, title: true, status: true, totalCents: true } });
  if (!plan) notFound();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function renamePlan(formData: FormData) {
    "use server";
    const c = await requirePractice();
    const planId = formData.get("planId") as string;
    const title = formData.get("title") as string;
    // ok: missing-authorization
    await prisma.treatmentPlan.updateMany({ where: { id: planId, practiceId: c.practiceId }, data: { title } });
    revalidatePath(`/practice/plans/${planId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function markPresented(formData: FormData) {
    "use server";
    const c = await requirePractice();
    const planId = String(formData.get("planId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(planId)) throw new Error("Invalid plan");
    // ruleid: floating-auth-check
    if (!ownsTreatmentPlan(c.practiceId, planId)) throw new Error("Not found");
    // ruleid: missing-authorization
    await prisma.treatmentPlan.update({ where: { id: planId }, data: { status: "presented" } });
  }

  // ok: missing-auth, missing-input-validation
  async function discountPlan(formData: FormData) {
    "use server";
    const c = await requirePractice();
    const pct = Number(formData.get("pct"));
    if (!Number.isFinite(pct) || pct < 0 || pct > 50) throw new Error("Invalid discount");
    const result = await checkDentist();
    if ("error" in result) throw new Error(result.error);
    // ok: missing-authorization
    await prisma.treatmentPlan.updateMany({ where: { id, practiceId: c.practiceId }, data: { totalCents: Math.round(plan!.totalCents * (1 - pct / 100)) } });
  }

  return (
    <main>
      <h1>{plan.title}</h1>
      <form action={renamePlan}>
        <input type="hidden" name="planId" value={plan.id} />
        <input name="title" defaultValue={plan.title} />
        <button>Rename</button>
      </form>
      <form action={markPresented}>
        <input type="hidden" name="planId" value={plan.id} />
        <button>Mark presented</button>
      </form>
      <form action={discountPlan}>
        <input name="pct" type="number" />
        <button>Apply discount</button>
      </form>
    </main>
  );
}
