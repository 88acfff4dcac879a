import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { BookingTimeline } from "@/components/booking-timeline";

export default async function BookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const supabase = await createClient();
  const { data: booking } = await supabase
    .from("bookings")
    .select("id, kind, status, starts_at, ends_at, sitter_id")
    .eq("id", bookingId)
    .single();
  if (!booking) notFound();

  // ruleid: missing-auth
  async function markComplete() {
    "use server";
    const sb = await createClient();
    const {
      data: { user },
    } = await sb.auth.getUser();
    await sb.from("bookings").update({ status: "completed", completed_by: user?.id }).eq("id", bookingId);
    revalidatePath(`/bookings/${bookingId}`);
  }

  // ok: missing-auth
  async function confirmArrival() {
    "use server";
    const sb = await createClient();
    const {
      data: { user },
    } = await sb.auth.getUser();
    if (!user) throw new Error("Unauthorized");
    await sb.from("bookings").update({ arrived_at: new Date().toISOString() }).eq("id", bookingId).eq("sitter_user_id", user.id);
  }

  return (
    <div>
      <BookingTimeline booking={booking} />
      <form action={confirmArrival}>
        <button>I have arrived</button>
      </form>
      <form action={markComplete}>
        <button>Mark complete</button>
      </form>
    </div>
  );
}
