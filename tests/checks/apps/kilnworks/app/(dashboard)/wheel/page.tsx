import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, wheelBookings, wheels } from "@/lib/db";
import { verifySession, requireStudioMember } from "@/lib/dal";
import { listMyBookings } from "@/lib/data/bookings";
import { BookingForm } from "@/components/booking-form";

export default async function WheelPage({ searchParams }: { searchParams: Promise<{ studio?: string }> }) {
  const { studio } = await searchParams;
  const bookings = await listMyBookings();

  // ok: missing-auth, missing-input-validation
  async function quickBook(formData: FormData) {
    "use server";
    const session = await verifySession();
    const data = z.object({ wheelId: z.string().uuid(), studioId: z.string().uuid(), hour: z.coerce.number().int().min(6).max(22) }).parse(Object.fromEntries(formData));
    await requireStudioMember(data.studioId);
    const wheel = await db.query.wheels.findFirst({ where: and(eq(wheels.id, data.wheelId), eq(wheels.studioId, data.studioId)), columns: { id: true } });
    if (!wheel) throw new Error("Unknown wheel");
    const start = new Date();
    start.setHours(data.hour, 0, 0, 0);
    // ok: missing-authorization, mass-assignment
    await db.insert(wheelBookings).values({ wheelId: wheel.id, studioId: data.studioId, userId: session.userId, startsAt: start, endsAt: new Date(start.getTime() + 3600_000) });
    revalidatePath("/wheel");
  }

  return (
    <main>
      <h1>Wheel time</h1>
      <ul>
        {bookings.map((b) => (
          <li key={b.id}>
            {b.wheel}: {b.startsAt.toLocaleString()}
          </li>
        ))}
      </ul>
      <BookingForm studioId={studio} quickBook={quickBook} />
    </main>
  );
}
