import { redirect } from "next/navigation";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { validateRequest, canAccessSite } from "@/lib/auth/lucia";

export default async function InstallerSitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { user } = await validateRequest();
  if (!user) redirect("/installer/login");
  const { siteId } = await params;
  const site = await prisma.site.findFirst({ where: { id: siteId, workOrders: { some: { installerId: user.id } } }, select: { id: true, name: true, address: true } });
  if (!site) redirect("/installer");

  // ok: missing-auth, missing-input-validation
  async function logVisit(formData: FormData) {
    "use server";
    const { user: me } = await validateRequest();
    if (!me) throw new Error("Sign in");
    const { workOrderId, note } = v.parse(v.object({ workOrderId: v.string(), note: v.pipe(v.string(), v.maxLength(2000)) }), Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.workOrder.updateMany({ where: { id: workOrderId, installerId: me.id }, data: { notes: note } });
  }

  // ok: missing-auth, missing-input-validation
  async function reportCost(formData: FormData) {
    "use server";
    const { user: me } = await validateRequest();
    if (!me) throw new Error("Sign in");
    const { workOrderId, cost } = v.parse(v.object({ workOrderId: v.string(), cost: v.pipe(v.number(), v.integer()) }), { workOrderId: formData.get("workOrderId"), cost: Number(formData.get("cost")) });
    const order = await prisma.workOrder.findUnique({ where: { id: workOrderId }, select: { siteId: true } });
    // ruleid: floating-auth-check
    if (!order || !canAccessSite(me.id, order.siteId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.workOrder.update({ where: { id: workOrderId }, data: { internalCost: cost } });
  }

  return (
    <main>
      <h1>{site!.name}</h1>
      <form action={logVisit}><input name="workOrderId" /><textarea name="note" /><button>Log</button></form>
      <form action={reportCost}><input name="workOrderId" /><input name="cost" /><button>Report</button></form>
    </main>
  );
}
