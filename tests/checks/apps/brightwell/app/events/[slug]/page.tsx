import { notFound, redirect } from "next/navigation";
import * as v from "valibot";
import { db } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { RsvpForm } from "@/components/RsvpForm";

export default async function PublicEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await db.event.findFirst({ where: { slug, published: true }, select: { id: true, title: true, description: true, startsAt: true } });
  if (!event) notFound();

  // Public RSVP form: intentionally anonymous, rate limited.
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function rsvp(formData: FormData) {
    "use server";
    await rateLimitByIp(`rsvp-page:${slug}`);
    const input = v.parse(v.object({ name: v.pipe(v.string(), v.maxLength(100)), email: v.pipe(v.string(), v.email()) }), {
      name: formData.get("name"),
      email: formData.get("email"),
    });
    // ok: mass-assignment, missing-authorization
    await db.rsvp.create({ data: { ...input, eventId: event!.id } });
    await sendMail(input.email, `See you at ${event!.title}`, "<p>Thanks for your RSVP!</p>");
    redirect(`/events/${slug}?rsvp=1`);
  }

  // "Tell a friend" box.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function shareEvent(formData: FormData) {
    "use server";
    const to = v.parse(v.pipe(v.string(), v.email()), formData.get("friendEmail"));
    await sendMail(to, `You're invited: ${event!.title}`, `<p>${event!.description.slice(0, 300)}</p>`);
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <p>{event.description}</p>
      <RsvpForm action={rsvp} />
      <form action={shareEvent}>
        <input name="friendEmail" type="email" />
        <button>Share</button>
      </form>
    </main>
  );
}
