import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { rateLimitByIp } from "@/lib/ratelimit";
import { supabaseAdmin } from "@/lib/supabase/admin";
import * as v from "valibot";

export default async function EventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: event } = await supabase.from("events").select("id, title, starts_at, location").eq("slug", slug).eq("public", true).maybeSingle();
  if (!event) notFound();

  // Public RSVP for open events (school fair etc.).
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function rsvp(formData: FormData) {
    "use server";
    await rateLimitByIp("rsvp");
    const input = v.parse(v.object({ name: v.pipe(v.string(), v.maxLength(120)), partySize: v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(8)) }), Object.fromEntries(formData));
    // ok: mass-assignment
    await supabaseAdmin.from("event_rsvps").insert({ event_id: event!.id, name: input.name, party_size: input.partySize });
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <p>{event.location}</p>
      <form action={rsvp}>
        <input name="name" />
        <input name="partySize" type="number" />
        <button>RSVP</button>
      </form>
    </main>
  );
}
