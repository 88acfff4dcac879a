import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { isShiftOwner } from "@/lib/permissions";

export default async function ShiftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const s = await verifySession();
  const shift = await prisma.shift.findFirst({ where: { id, employerId: s.employerId }, select: { id: true, startsAt: true, endsAt: true, notes: true } });
  if (!shift) notFound();

  // ok: missing-auth, missing-input-validation
  async function addNote(shiftId: string, formData: FormData) {
    "use server";
    const me = await verifySession();
    const p = z.object({ shiftId: z.string().cuid(), note: z.string().max(500) }).parse({ shiftId, note: formData.get("note") });
    // ok: floating-auth-check
    const mine = await isShiftOwner(me.userId, p.shiftId);
    if (!mine) throw new Error("Not your shift");
    // ok: missing-authorization
    await prisma.shift.update({ where: { id: p.shiftId }, data: { notes: p.note } });
    revalidatePath(`/shifts/${p.shiftId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function dropShift(shiftId: string) {
    "use server";
    const me = await verifySession();
    const sid = z.string().cuid().parse(shiftId);
    // ruleid: floating-auth-check
    isShiftOwner(me.userId, sid);
    // ruleid: missing-authorization
    await prisma.shift.update({ where: { id: sid }, data: { employeeId: null, isOpen: true } });
    revalidatePath(`/shifts/${sid}`);
  }

  return (
    <main>
      <h1>Shift {shift.startsAt.toLocaleString()}</h1>
      <form action={addNote.bind(null, shift.id)}><textarea name="note" defaultValue={shift.notes ?? ""} /><button>Save</button></form>
      <form action={dropShift.bind(null, shift.id)}><button>Drop shift</button></form>
    </main>
  );
}
