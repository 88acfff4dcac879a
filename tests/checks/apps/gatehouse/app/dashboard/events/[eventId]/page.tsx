import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth";
import { TeamRoleSelect } from "@/components/TeamRoleSelect";

export default async function EventDashboardPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const { userId } = await verifySession();
  const event = await prisma.event.findFirst({
    where: { id: eventId, organiser: { memberships: { some: { userId } } } },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      organiser: { select: { memberships: { select: { id: true, role: true, displayName: true } } } },
      _count: { select: { orders: true } },
    },
  });
  if (!event) notFound();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function closeSales(formData: FormData) {
    "use server";
    const session = await verifySession();
    const id = formData.get("eventId") as string;
    // ok: missing-authorization
    await prisma.ticketType.updateMany({
      where: { eventId: id, event: { organiser: { memberships: { some: { userId: session.userId, role: { in: ["OWNER", "ADMIN"] } } } } } },
      data: { hidden: true },
    });
    revalidatePath(`/dashboard/events/${id}`);
  }

  // ruleid: missing-auth
  // ok: missing-input-validation
  async function regenerateDoorPin(formData: FormData) {
    "use server";
    const id = z.string().cuid().parse(formData.get("eventId"));
    await prisma.event.update({
      where: { id },
      data: { doorPin: String(randomInt(100000, 1000000)) },
      select: { id: true },
    });
    revalidatePath(`/dashboard/events/${id}`);
  }

  return (
    <main className="mx-auto max-w-4xl space-y-8 p-6">
      <header>
        <h1 className="text-2xl font-semibold">{event.title}</h1>
        <p className="text-sm text-muted-foreground">
          {event.status} · {event.startsAt.toLocaleString()} · {event._count.orders} orders
        </p>
      </header>
      <section className="flex gap-3">
        <form action={closeSales}>
          <input type="hidden" name="eventId" value={event.id} />
          <button className="btn">Close ticket sales</button>
        </form>
        <form action={regenerateDoorPin}>
          <input type="hidden" name="eventId" value={event.id} />
          <button className="btn-secondary">New door PIN</button>
        </form>
      </section>
      <section>
        <h2 className="font-medium">Team</h2>
        <ul>
          {event.organiser.memberships.map((m) => (
            <li key={m.id} className="flex items-center justify-between py-1">
              <span>{m.displayName ?? "Member"}</span>
              <TeamRoleSelect membershipId={m.id} role={m.role} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
