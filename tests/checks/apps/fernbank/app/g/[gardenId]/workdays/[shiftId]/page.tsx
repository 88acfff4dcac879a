import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle/client";
import { workShifts, shiftSignups } from "@/lib/db/drizzle/schema";
import { requireMember } from "@/lib/auth/session";

export default async function ShiftPage({ params }: { params: Promise<{ gardenId: string; shiftId: string }> }) {
  const { gardenId, shiftId } = await params;
  await requireMember();
  const [shift] = await db
    .select({ id: workShifts.id, title: workShifts.title, startsAt: workShifts.startsAt, capacity: workShifts.capacity })
    .from(workShifts)
    .where(and(eq(workShifts.id, shiftId), eq(workShifts.gardenId, gardenId)));
  if (!shift) notFound();

  // ok: missing-auth, missing-authorization
  async function leaveShift() {
    "use server";
    const { userId } = await requireMember();
    await db.delete(shiftSignups).where(and(eq(shiftSignups.shiftId, shiftId), eq(shiftSignups.userId, userId)));
    revalidatePath(`/g/${gardenId}/workdays/${shiftId}`);
  }

  return (
    <main>
      <h1>{shift.title}</h1>
      <p>{shift.startsAt.toLocaleString()} · {shift.capacity} places</p>
      <form action={leaveShift}>
        <button>Leave this shift</button>
      </form>
    </main>
  );
}
