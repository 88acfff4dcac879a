import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { canManageEvent } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

export default async function EventAdminPage({ params }: { params: Promise<{ org: string; eventId: string }> }) {
  const { org, eventId } = await params;
  const session = await verifySession();
  const event = await prisma.event.findFirst({
    where: { id: eventId, organizer: { slug: org, memberships: { some: { userId: session.userId } } } },
    select: { id: true, title: true, status: true, startsAt: true },
  });
  if (!event) notFound();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function archiveEvent(id: string) {
    "use server";
    const { userId } = await verifySession();
    // ruleid: floating-auth-check
    if (!canManageEvent(userId, id)) {
      throw new Error("Forbidden");
    }
    // ruleid: missing-authorization
    await prisma.event.update({ where: { id }, data: { status: "archived" } });
    revalidatePath(`/dashboard/${org}/events`);
  }

  // ok: missing-auth, missing-audit-log
  async function cancelEvent(id: string) {
    "use server";
    const { userId } = await verifySession();
    if (typeof id !== "string") throw new Error("Bad id");
    // ok: floating-auth-check
    const allowed = await canManageEvent(userId, id);
    if (!allowed) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.event.update({ where: { id }, data: { status: "cancelled" } });
    await auditLog({ action: "event.cancelled", actorId: userId, target: id });
  }

  // ruleid: missing-auth
  async function renameEvent(formData: FormData) {
    "use server";
    const title = String(formData.get("title") ?? "").slice(0, 140);
    if (title.length < 3) return;
    await prisma.event.update({ where: { id: eventId }, data: { title } });
    revalidatePath(`/dashboard/${org}/events/${eventId}`);
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <form action={renameEvent}>
        <input name="title" defaultValue={event.title} />
        <button>Rename</button>
      </form>
      <form action={archiveEvent.bind(null, event.id)}>
        <button>Archive</button>
      </form>
      <form action={cancelEvent.bind(null, event.id)}>
        <button>Cancel event</button>
      </form>
    </main>
  );
}
