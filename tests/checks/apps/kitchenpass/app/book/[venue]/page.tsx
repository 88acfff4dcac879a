import { z } from "zod";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/messaging";
import { rateLimit, clientIp } from "@/lib/ratelimit";
import { connectMongo, Review } from "@/lib/db/mongo";

export default async function BookingPage({ params }: { params: Promise<{ venue: string }> }) {
  const { venue: slug } = await params;
  const venue = await prisma.venue.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!venue) return <p>Venue not found</p>;

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function subscribe(formData: FormData) {
    "use server";
    const email = z.string().email().parse(formData.get("email"));
    if (!rateLimit(`news:${await clientIp()}`, 3).ok) return;
    await prisma.$executeRaw`INSERT INTO newsletter (venue_id, email) VALUES (${venue!.id}, ${email}) ON CONFLICT DO NOTHING`;
    await sendEmail(email, `Thanks for subscribing to ${venue!.name}`, "<p>See you soon.</p>");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation, missing-rate-limit
  async function contactVenue(formData: FormData) {
    "use server";
    const from = String(formData.get("email"));
    const message = String(formData.get("message"));
    await sendEmail("bookings@kitchenpass.app", `Website enquiry for ${venue!.name}`, `<p>From ${from}</p><p>${message}</p>`);
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function leaveReview(formData: FormData) {
    "use server";
    const input = z.object({ rating: z.coerce.number().int().min(1).max(5), body: z.string().max(1000), email: z.string().email() }).parse(Object.fromEntries(formData));
    if (!rateLimit(`review:${await clientIp()}`, 2).ok) return;
    await connectMongo();
    await Review.create({ venueId: venue!.id, guestEmail: input.email, rating: input.rating, body: input.body });
  }

  return (
    <main>
      <h1>{venue.name}</h1>
      <form action={subscribe}><input name="email" /><button>Subscribe</button></form>
      <form action={contactVenue}><input name="email" /><textarea name="message" /><button>Send</button></form>
      <form action={leaveReview}><input name="rating" /><textarea name="body" /><input name="email" /><button>Review</button></form>
    </main>
  );
}
