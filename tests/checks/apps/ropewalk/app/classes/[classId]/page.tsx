import { notFound, redirect } from "next/navigation";
import dbConnect from "@/lib/db";
import ClassSession from "@/models/ClassSession";
import Booking from "@/models/Booking";
import { getViewer, requireUser } from "@/lib/session";
import { objectId } from "@/lib/validation";
import BookButton from "@/components/BookButton";

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const parsed = objectId.safeParse((await params).classId);
  if (!parsed.success) notFound();
  const classId = parsed.data;
  await dbConnect();
  const cls = await ClassSession.findById(classId).select("title startsAt capacity booked priceCents").lean();
  if (!cls) notFound();
  const viewer = await getViewer();

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function joinWaitlist() {
    "use server";
    const user = await requireUser();
    await dbConnect();
    // ok: mass-assignment
    await Booking.updateOne({ classId, userId: user.id }, { $setOnInsert: { status: "booked", guests: 0 } }, { upsert: true });
    redirect(`/classes/${classId}?waitlisted=1`);
  }

  return (
    <div>
      <h1 className="text-2xl">{cls.title}</h1>
      <p>{cls.startsAt?.toLocaleString()} · {cls.booked}/{cls.capacity}</p>
      {viewer ? <BookButton classId={classId} /> : <a href="/login">Sign in to book</a>}
      {cls.booked >= (cls.capacity ?? 0) && (
        <form action={joinWaitlist}>
          <button>Join waitlist</button>
        </form>
      )}
    </div>
  );
}
