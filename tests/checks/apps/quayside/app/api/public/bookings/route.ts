import { NextResponse } from "next/server";
import { getEm, Berth, Booking, Marina } from "@/lib/db/orm";
import { enforceFirewallLimit, RateLimitedError } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { PublicBookingSchema } from "@/lib/validation/schemas";

// JSON variant of the booking widget for marinas that embed their own form.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  try {
    await enforceFirewallLimit("booking-widget", req);
    const parsed = await PublicBookingSchema.safeParseAsync(await req.json());
    if (!parsed.success) {
      // ok: information-disclosure
      return NextResponse.json({ error: "invalid_request", fields: parsed.error.flatten().fieldErrors }, { status: 422 });
    }
    const input = parsed.data;
    const em = await getEm();
    const marina = await em.findOneOrFail(Marina, { slug: input.marinaSlug, publicBooking: true }, { fields: ["id", "org", "name"] });
    const berth = await em.findOneOrFail(Berth, { id: input.berthId, marina: marina.id, status: "available" }, { fields: ["id", "dailyRateCents"] });
    const nights = Math.max(1, Math.round((Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000));
    const booking = em.create(Booking, {
      org: marina.org,
      berth: berth.id,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      guestName: input.guestName,
      guestEmail: input.guestEmail,
      guestPhone: input.guestPhone,
      totalCents: nights * berth.dailyRateCents,
      source: "api-widget",
    });
    await em.flush();
    await sendMail({ to: input.guestEmail, subject: `Booking request – ${marina.name}`, html: "<p>We'll be in touch shortly.</p>" });
    // ok: excessive-data-exposure
    return NextResponse.json({ reference: booking.id.slice(0, 8) }, { status: 201 });
  } catch (e) {
    if (e instanceof RateLimitedError) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "booking_failed", message: (e as Error).message }, { status: 500 });
  }
}
