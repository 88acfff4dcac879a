import { revalidatePath } from "next/cache";
import { requireLeagueAdmin } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";
import { hashPin } from "@/lib/secure-compare";

export default async function LeagueSettingsPage() {
  const admin = await requireLeagueAdmin();
  const league = await prisma.league.findUnique({ where: { id: admin.leagueId }, select: { name: true, slug: true, smsSenderId: true } });

  // ok: missing-auth
  // ruleid: missing-input-validation // todoruleid: missing-audit-log -- known gap (pass 37, A): tenant-admin gate outside an admin-area path not an admin action
  async function updateSettings(formData: FormData) {
    "use server";
    const me = await requireLeagueAdmin();
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.league.update({ where: { id: me.leagueId }, data: Object.fromEntries(formData) });
    revalidatePath("/dashboard/settings");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function setKioskPin(formData: FormData) {
    "use server";
    const me = await requireLeagueAdmin();
    const pin = formData.get("pin");
    if (typeof pin !== "string" || !/^[0-9]{4,6}$/.test(pin)) throw new Error("PIN must be 4-6 digits");
    // ok: missing-authorization, mass-assignment
    await prisma.league.update({ where: { id: me.leagueId }, data: { kioskPinHash: hashPin(pin, me.leagueId) } });
    await logAudit({ leagueId: me.leagueId, actorId: me.id, action: "kiosk.pin_changed" });
  }

  return (
    <main className="mx-auto max-w-xl space-y-10 p-6">
      <form action={updateSettings} className="space-y-3">
        <input name="name" defaultValue={league?.name} className="input" />
        <input name="smsSenderId" defaultValue={league?.smsSenderId ?? ""} className="input" />
        <button className="btn">Save</button>
      </form>
      <form action={setKioskPin} className="space-y-3">
        <input name="pin" inputMode="numeric" className="input" />
        <button className="btn">Set kiosk PIN</button>
      </form>
    </main>
  );
}
