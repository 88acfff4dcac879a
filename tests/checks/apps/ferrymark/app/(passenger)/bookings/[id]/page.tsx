import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalUser } from "@/lib/dal";
import { QrCard } from "@/components/qr-card";

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await verifySession();
  const booking = await prisma.booking.findFirst({
    where: { id, userId: user.id },
    select: { id: true, status: true, passengers: true, qrToken: true, petCount: true },
  });
  if (!booking) notFound();

  // ok: missing-auth
  async function cancel() {
    "use server";
    const me = await verifySession();
    // ok: missing-authorization
    await prisma.booking.updateMany({ where: { id: booking!.id, userId: me.id }, data: { status: "cancelled" } });
    revalidatePath(`/bookings/${id}`);
  }

  // ruleid: missing-auth, missing-input-validation
  async function addPassenger(formData: FormData) {
    "use server";
    const me = await getOptionalUser();
    const n = z.coerce.number().int().min(1).max(12).parse(formData.get("passengers"));
    await prisma.booking.update({ where: { id: String(formData.get("bookingId")) }, data: { passengers: n } });
    console.log("passengers changed by", me?.id);
  }

  return (
    <main>
      <h1>Booking {booking.id}</h1>
      <QrCard token={booking.qrToken} />
      <form action={cancel}><button>Cancel booking</button></form>
      <form action={addPassenger}>
        <input type="hidden" name="bookingId" value={booking.id} />
        <input name="passengers" type="number" defaultValue={booking.passengers} />
        <button>Update</button>
      </form>
    </main>
  );
}
