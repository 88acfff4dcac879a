import Link from "next/link";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { listingsDb } from "@/lib/db/mysql";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

export const revalidate = 300;

export default async function ListingsPage({ searchParams }: { searchParams: Promise<{ area?: string }> }) {
  const { area = "" } = await searchParams;
  const listings = await prisma.property.findMany({
    where: { published: true, postcode: { startsWith: area.toUpperCase().slice(0, 4) } },
    select: { id: true, address: true, postcode: true, units: { select: { bedrooms: true, rentPence: true } } },
    take: 30,
  });
  // ok: sql-injection
  const [legacy] = await listingsDb.execute("SELECT id, title, price FROM listings WHERE active = 1 AND area LIKE ? LIMIT 20", [`${area}%`]);

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function subscribeToAlerts(formData: FormData) {
    "use server";
    await rateLimitByIp("alerts");
    const { email, area } = z.object({ email: z.string().email(), area: z.string().max(8) }).parse({
      email: formData.get("email"),
      area: formData.get("area"),
    });
    // ok: sql-injection
    await listingsDb.execute("INSERT INTO alert_subscribers (email, area) VALUES (?, ?)", [email, area]);
    await sendEmail({ to: email, subject: "Listing alerts confirmed", html: `<p>We'll email you new homes in ${area}.</p>` });
  }

  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function emailListingToFriend(formData: FormData) {
    "use server";
    const { to, propertyId } = z.object({ to: z.string().email(), propertyId: z.string().cuid() }).parse({
      to: formData.get("to"),
      propertyId: formData.get("propertyId"),
    });
    await sendEmail({ to, subject: "A home you might like", html: `<a href="https://tenantry.app/listings/${propertyId}">View</a>` });
  }

  return (
    <main>
      <h1>Homes to rent</h1>
      <ul>
        {listings.map((l) => (
          <li key={l.id}>
            <Link href={`/listings/${l.id}`}>{l.address}</Link>
          </li>
        ))}
      </ul>
      <p>{(legacy as unknown[]).length} more from our partner site</p>
      <form action={subscribeToAlerts}>
        <input name="email" type="email" />
        <input name="area" />
        <button>Alert me</button>
      </form>
      <form action={emailListingToFriend}>
        <input name="to" type="email" />
        <button>Share</button>
      </form>
    </main>
  );
}
