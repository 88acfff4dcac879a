import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { prisma } from "@/lib/db/prisma";
import { getOptionalSession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { JoinWaitlistForm } from "@/components/join-waitlist-form";
import { BuyButton } from "@/components/buy-button";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await prisma.event.findUnique({ where: { slug }, select: { title: true, description: true } });
  return { title: event?.title ?? "Event", description: event?.description ?? undefined };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getOptionalSession();
  const event = await prisma.event.findFirst({
    where: { slug, status: "published" },
    select: { id: true, title: true, description: true, startsAt: true, tiers: { select: { id: true, name: true, priceCents: true, capacity: true, sold: true } } },
  });
  if (!event) notFound();

  // Anyone can flag an event listing (scams, wrong date...).
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function reportListing(formData: FormData) {
    "use server";
    await rateLimitByIp("report-listing", 5, "10 m");
    const reason = formData.get("reason");
    if (typeof reason !== "string" || reason.length < 5 || reason.length > 1000) return;
    await prisma.auditLog.create({ data: { action: "listing.reported", target: event!.id, metadata: { reason } } });
  }

  return (
    <article>
      <h1>{event.title}</h1>
      <p>{event.description}</p>
      <ul>
        {event.tiers.map((t) => (
          <li key={t.id}>
            {t.name}: ${(t.priceCents / 100).toFixed(2)} {t.sold >= t.capacity ? "Sold out" : <BuyButton tierId={t.id} />}
          </li>
        ))}
      </ul>
      <JoinWaitlistForm eventId={event.id} defaultEmail={viewer?.email} />
      <form action={reportListing}>
        <textarea name="reason" />
        <button>Report listing</button>
      </form>
    </article>
  );
}
