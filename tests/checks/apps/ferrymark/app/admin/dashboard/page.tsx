import { prisma } from "@/lib/db/prisma";
import { requireAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { z } from "zod";

export default async function AdminDashboard() {
  await requireAdmin();
  const counts = await prisma.booking.groupBy({ by: ["status"], _count: true });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function toggleMaintenance(formData: FormData) {
    "use server";
    const admin = await requireAdmin();
    const on = z.enum(["on", "off"]).parse(formData.get("mode"));
    await prisma.auditLog.create({ data: { actorId: admin.id, action: `maintenance.${on}` } });
  }

  // ok: missing-input-validation, missing-audit-log
  // ruleid: missing-auth
  async function wipeTestBookings(formData: FormData) {
    "use server";
    const operatorId = z.string().parse(formData.get("operatorId"));
    await prisma.booking.deleteMany({ where: { notes: "TEST", sailingId: { startsWith: operatorId } } });
    await auditLog(null, "admin.test_bookings_wiped", operatorId);
  }

  return (
    <main>
      <pre>{JSON.stringify(counts)}</pre>
      <form action={toggleMaintenance}><select name="mode"><option>on</option><option>off</option></select><button>Apply</button></form>
      <form action={wipeTestBookings}><input name="operatorId" /><button>Wipe test bookings</button></form>
    </main>
  );
}
