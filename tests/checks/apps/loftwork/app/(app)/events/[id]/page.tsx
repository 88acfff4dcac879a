import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { isEventOrganizer } from "@/lib/permissions";
import { rsvpEvent, cancelRsvp } from "@/app/actions/events";
import { BlurbEditor } from "./blurb-editor";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const event = await db.selectFrom("events").select(["id", "title", "blurb", "starts_at", "capacity", "published"]).where("id", "=", id).executeTakeFirst();
  if (!event || (!event.published && !(await isEventOrganizer(user.id, id)))) notFound();
  const organizer = await isEventOrganizer(user.id, id);

  // ok: missing-auth
  async function rsvp() {
    "use server";
    await rsvpEvent(id);
  }

  // ok: missing-auth
  async function unrsvp() {
    "use server";
    await cancelRsvp(id);
  }

  // ok: missing-auth, missing-input-validation
  async function saveBlurb(formData: FormData) {
    "use server";
    const me = await requireUser();
    // ok: floating-auth-check
    if (!(await isEventOrganizer(me.id, id))) throw new Error("Forbidden");
    const blurb = formData.get("blurb");
    if (typeof blurb !== "string" || blurb.length > 2000) throw new Error("Invalid blurb");
    // ok: missing-authorization
    await db.updateTable("events").set({ blurb }).where("id", "=", id).execute();
    revalidatePath(`/events/${id}`);
  }

  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-semibold">{event.title}</h1>
      <p>{new Date(event.starts_at).toLocaleString()} · {event.capacity} seats</p>
      <p className="whitespace-pre-line">{event.blurb}</p>
      <div className="flex gap-2">
        <form action={rsvp}><button className="btn-primary">I'm going</button></form>
        <form action={unrsvp}><button className="btn-ghost">Can't make it</button></form>
      </div>
      {organizer && <BlurbEditor eventId={event.id} initial={event.blurb ?? ""} save={saveBlurb} />}
    </article>
  );
}
