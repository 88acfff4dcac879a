import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";
import { assertLocationManager } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { DoorCodePanel } from "@/components/door-code-panel";
import { generateDoorCode } from "@/lib/utils";

export default async function AdminLocationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("location_manager");
  // ok: floating-auth-check
  await assertLocationManager(user.id, id);
  const loc = await db.selectFrom("locations").select(["id", "name", "city"]).where("id", "=", id).executeTakeFirst();
  if (!loc) notFound();
  const codes = await db.selectFrom("door_codes").select(["id", "label", "valid_until", "revoked"]).where("location_id", "=", id).execute();

  // The page is guarded, but this action is its own public endpoint.
  // ruleid: missing-auth
  async function resetWifiPassword() {
    "use server";
    const pw = generateDoorCode() + generateDoorCode();
    await db.updateTable("locations").set({ wifi_password: pw }).where("id", "=", id).execute();
    revalidatePath(`/admin/locations/${id}`);
  }

  // ok: missing-auth, missing-audit-log
  async function issueGuestCode() {
    "use server";
    const me = await requireRole("location_manager");
    // ok: floating-auth-check
    await assertLocationManager(me.id, id);
    const code = generateDoorCode();
    // ok: missing-authorization
    await db.insertInto("door_codes").values({ id: crypto.randomUUID(), location_id: id, user_id: null, code, label: "Guest (24h)", valid_until: new Date(Date.now() + 86_400_000) }).execute();
    await auditLog(me.id, "door_code.guest_issued", id);
    revalidatePath(`/admin/locations/${id}`);
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{loc.name} · {loc.city}</h1>
      <form action={resetWifiPassword}><button className="btn-secondary">Reset guest Wi-Fi password</button></form>
      <form action={issueGuestCode}><button className="btn-secondary">Issue 24h guest code</button></form>
      <DoorCodePanel locationId={loc.id} codes={codes.map((c) => ({ ...c, valid_until: c.valid_until ? String(c.valid_until) : null }))} />
    </div>
  );
}
