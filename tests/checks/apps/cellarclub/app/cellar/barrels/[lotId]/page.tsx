import { redirect, notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";
import { canEditLot } from "@/lib/auth/guards";
import { recordActivity } from "@/lib/audit";

export default async function LotPage({ params }: { params: Promise<{ lotId: string }> }) {
  const { user } = await validateRequest();
  if (!user) redirect("/cellar/login");
  const { lotId } = await params;
  const lot = await prisma.barrelLot.findUnique({ where: { id: lotId }, select: { id: true, code: true, varietal: true, volumeL: true, wineryId: true } });
  if (!lot || !(await canEditLot(user.id, lot.id))) notFound();

  // ok: missing-auth, missing-input-validation
  async function renameLot(formData: FormData) {
    "use server";
    const { user: actor } = await validateRequest();
    if (!actor) redirect("/cellar/login");
    const code = z.string().regex(/^[A-Z0-9-]{3,20}$/).parse(formData.get("code"));
    // ok: floating-auth-check
    if (!(await canEditLot(actor.id, lot!.id))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.barrelLot.update({ where: { id: lot!.id }, data: { code } });
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function dumpLot() {
    "use server";
    const { user: actor } = await validateRequest();
    if (!actor || !(await canEditLot(actor.id, lot!.id))) throw new Error("Forbidden");
    await prisma.barrelLot.update({ where: { id: lot!.id }, data: { volumeL: 0 } });
    await recordActivity(actor.id, lot!.wineryId, "lot_dumped", lot!.id);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function splitLot(formData: FormData) {
    "use server";
    const liters = Number(formData.get("liters"));
    if (!Number.isFinite(liters) || liters <= 0) throw new Error("Invalid volume");
    await prisma.barrelLot.update({ where: { id: lot!.id }, data: { volumeL: { decrement: liters } } });
    await prisma.barrelLot.create({ data: { wineryId: lot!.wineryId, code: `${lot!.code}-B`, varietal: lot!.varietal, volumeL: liters }, select: { id: true } });
  }

  return (
    <main>
      <h1>{lot.code}</h1>
      <form action={renameLot}><input name="code" /></form>
      <form action={dumpLot}><button>Dump</button></form>
      <form action={splitLot}><input name="liters" /></form>
    </main>
  );
}
