import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer, ownsEnrollment } from "@/lib/auth/volunteer";

export default async function VisitPage({ params }: { params: Promise<{ visitId: string }> }) {
  const { volunteerId } = await requireVolunteer();
  const { visitId } = await params;
  const visit = await prisma.visit.findFirst({ where: { id: visitId, volunteerId }, select: { id: true, scheduledAt: true, status: true, enrollmentId: true } });
  if (!visit) notFound();

  // ok: missing-auth, missing-input-validation
  async function addVisitNote(formData: FormData) {
    "use server";
    const me = await requireVolunteer();
    const { enrollmentId, note } = z.object({ enrollmentId: z.string().cuid(), note: z.string().max(500) }).parse(Object.fromEntries(formData));
    // ruleid: floating-auth-check
    if (!ownsEnrollment(me.volunteerId, enrollmentId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.visit.updateMany({ where: { enrollmentId }, data: { clinicalNotes: note } });
  }

  // ok: missing-auth, missing-input-validation
  async function confirmAttendance() {
    "use server";
    const me = await requireVolunteer();
    // ok: missing-authorization
    await prisma.visit.updateMany({ where: { id: visitId, volunteerId: me.volunteerId }, data: { status: "confirmed" } });
  }

  return (
    <main>
      <p>Visit on {visit.scheduledAt.toDateString()} ({visit.status})</p>
      <form action={confirmAttendance}><button>Confirm</button></form>
      <form action={addVisitNote}><input type="hidden" name="enrollmentId" value={visit.enrollmentId} /><textarea name="note" /><button>Add note</button></form>
    </main>
  );
}
