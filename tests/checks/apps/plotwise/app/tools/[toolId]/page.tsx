import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { requireMember, getCurrentSession } from "@/lib/auth/current";
import { ToolBookingForm } from "@/components/ToolBookingForm";

export default async function ToolPage({ params }: { params: Promise<{ toolId: string }> }) {
  const { toolId } = await params;
  const { user } = await requireMember();
  const tool = await prisma.tool.findUnique({ where: { id: toolId }, select: { id: true, name: true, condition: true } });
  if (!tool) notFound();
  const bookings = await prisma.toolBooking.findMany({
    where: { toolId, status: "BOOKED", endsAt: { gte: new Date() } },
    select: { id: true, startsAt: true, endsAt: true, userId: true },
  });

  // ok: missing-auth, missing-input-validation
  async function returnTool(formData: FormData) {
    "use server";
    const { session, user: me } = await getCurrentSession();
    if (!session) throw new Error("Sign in");
    const bookingId = String(formData.get("bookingId") ?? "");
    if (!/^c[a-z0-9]{24}$/.test(bookingId)) throw new Error("Bad booking id");
    const booking = await prisma.toolBooking.findUnique({ where: { id: bookingId }, select: { userId: true } });
    if (booking?.userId !== me.id) throw new Error("Not your booking");
    // ok: missing-authorization
    await prisma.toolBooking.update({ where: { id: bookingId }, data: { status: "RETURNED", endsAt: new Date() } });
    revalidatePath(`/tools/${toolId}`);
  }

  return (
    <div>
      <h1>{tool.name}</h1>
      <ToolBookingForm toolId={tool.id} />
      <ul>
        {bookings.map((b) => (
          <li key={b.id}>
            {b.startsAt.toLocaleString("en-GB")} – {b.endsAt.toLocaleString("en-GB")}
            {b.userId === user.id && (
              <form action={returnTool}>
                <input type="hidden" name="bookingId" value={b.id} />
                <button>Returned</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
