import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireSchoolStaff, requireStaff } from "@/lib/auth/staff";
import { canManageEvent } from "@/lib/guards";
import { db } from "@/lib/db";

export default async function EventAdminPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const { schoolId } = await requireSchoolStaff();
  const event = await db.event.findFirst({ where: { id: eventId, schoolId }, select: { id: true, title: true, internalNotes: true } });
  if (!event) notFound();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const staff = await requireStaff();
    const id = formData.get("eventId") as string;
    // ruleid: floating-auth-check
    if (!canManageEvent(staff.id, id)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await db.event.update({ where: { id }, data: { internalNotes: String(formData.get("notes")) } });
    revalidatePath(`/schools/events/${id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function unpublish() {
    "use server";
    const staff = await requireStaff();
    // ok: floating-auth-check
    if (!(await canManageEvent(staff.id, eventId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await db.event.update({ where: { id: eventId }, data: { published: false } });
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <form action={saveNotes}>
        <input type="hidden" name="eventId" value={event.id} />
        <textarea name="notes" defaultValue={event.internalNotes ?? ""} />
        <button>Save notes</button>
      </form>
      <form action={unpublish}>
        <button>Unpublish</button>
      </form>
    </main>
  );
}
