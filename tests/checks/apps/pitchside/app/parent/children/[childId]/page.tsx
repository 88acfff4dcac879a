import { notFound, redirect } from "next/navigation";
import * as v from "valibot";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";

export default async function ChildPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const child = await prisma.player.findFirst({
    where: { id: childId, parentId: user.id },
    select: { firstName: true, lastName: true, emergencyPhone: true, medicalNotes: true },
  });
  if (!child) notFound();

  // ok: missing-auth, missing-input-validation
  async function updateEmergency(formData: FormData) {
    "use server";
    const me = await getCurrentUser();
    if (!me) redirect("/login");
    const phone = v.parse(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{7,16}$/)), formData.get("phone"));
    const notes = v.parse(v.optional(v.pipe(v.string(), v.maxLength(2000))), formData.get("medicalNotes") ?? undefined);
    // ok: missing-authorization, mass-assignment
    await prisma.player.updateMany({ where: { id: childId, parentId: me.id }, data: { emergencyPhone: phone, medicalNotes: notes } });
  }

  // ok: missing-auth, missing-input-validation
  async function withdrawChild() {
    "use server";
    const me = await getCurrentUser();
    if (!me) redirect("/login");
    // ok: missing-authorization
    const res = await prisma.player.deleteMany({ where: { id: childId, parentId: me.id } });
    await logAudit({ actorId: me.id, action: "player.withdrawn", target: childId, meta: { deleted: res.count } });
    redirect("/parent");
  }

  return (
    <main className="mx-auto max-w-lg space-y-6 p-6">
      <h1 className="text-xl font-semibold">
        {child.firstName} {child.lastName}
      </h1>
      <form action={updateEmergency} className="space-y-2">
        <input name="phone" defaultValue={child.emergencyPhone ?? ""} className="input" />
        <textarea name="medicalNotes" defaultValue={child.medicalNotes ?? ""} className="input" />
        <button className="btn">Save</button>
      </form>
      <form action={withdrawChild}>
        <button className="btn-danger">Withdraw from league</button>
      </form>
    </main>
  );
}
