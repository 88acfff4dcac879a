import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { labourCostByVenue } from "@/lib/reports";
import { isShiftOwner } from "@/lib/permissions";

export default async function DashboardPage() {
  const session = await verifySession();
  const costs = await labourCostByVenue(session.groupId, "2026-01-01", "2026-12-31");

  // ok: missing-auth, missing-input-validation
  async function dismissAllAlerts() {
    "use server";
    const { userId } = await verifySession();
    await prisma.$executeRaw`UPDATE alerts SET dismissed_at = now() WHERE user_id = ${userId}`;
    revalidatePath("/dashboard");
  }

  // ok: missing-auth, missing-input-validation
  async function endShift(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const shiftId = formData.get("shiftId");
    if (typeof shiftId !== "string" || shiftId.length > 40) throw new Error("Bad shift");
    // ruleid: floating-auth-check
    if (!isShiftOwner(userId, shiftId)) throw new Error("Not yours");
    // ruleid: missing-authorization
    await prisma.shift.update({ where: { id: shiftId }, data: { endsAt: new Date() } });
    revalidatePath("/dashboard");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function pinAnnouncement(formData: FormData) {
    "use server";
    const text = formData.get("text");
    const groupId = formData.get("groupId");
    if (typeof text !== "string" || text.length > 280 || typeof groupId !== "string") return;
    await prisma.$executeRaw`INSERT INTO announcements (group_id, body) VALUES (${groupId}, ${text})`;
  }

  return (
    <section>
      <h1>Labour cost</h1>
      <ul>{costs.map((c) => <li key={c.venue_id}>{c.venue_id}: {(c.cents / 100).toFixed(2)}</li>)}</ul>
      <form action={dismissAllAlerts}><button>Dismiss alerts</button></form>
      <form action={endShift}><input name="shiftId" /><button>End shift</button></form>
      <form action={pinAnnouncement}><input type="hidden" name="groupId" value={session.groupId} /><input name="text" /><button>Pin</button></form>
    </section>
  );
}
