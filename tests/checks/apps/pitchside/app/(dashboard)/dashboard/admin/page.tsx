import { revalidatePath } from "next/cache";
import { requireLeagueAdmin } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { deleteObject } from "@/lib/s3";
import { sendEmail } from "@/lib/email";
import { rateLimit } from "@/lib/ratelimit";
import { logAudit } from "@/lib/audit";

// league-wide admin dashboard
export default async function AdminDashboard() {
  const admin = await requireLeagueAdmin();
  const [teams, pending, rejected] = await Promise.all([
    prisma.team.count({ where: { leagueId: admin.leagueId } }),
    prisma.registration.count({ where: { leagueId: admin.leagueId, status: "pending" } }),
    prisma.photo.count({ where: { approved: false, team: { leagueId: admin.leagueId } } }),
  ]);

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function purgeRejectedPhotos() {
    "use server";
    const me = await requireLeagueAdmin();
    const photos = await prisma.photo.findMany({ where: { approved: false, team: { leagueId: me.leagueId } }, select: { id: true, key: true } });
    for (const p of photos) await deleteObject(p.key);
    // ok: missing-authorization
    await prisma.photo.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
    revalidatePath("/dashboard/admin");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  // ruleid: missing-rate-limit
  async function remindUnpaid() {
    "use server";
    const me = await requireLeagueAdmin();
    await logAudit({ leagueId: me.leagueId, actorId: me.id, action: "registrations.reminded" });
    const regs = await prisma.registration.findMany({ where: { leagueId: me.leagueId, status: "pending" }, select: { parentId: true } });
    const parents = await prisma.profile.findMany({ where: { id: { in: regs.map((r) => r.parentId) } }, select: { email: true } });
    for (const p of parents) await sendEmail(p.email, "Registration fee due", "<p>Please complete your payment.</p>");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
  async function remindUnsignedWaivers() {
    "use server";
    const me = await requireLeagueAdmin();
    await rateLimit(`waiver-remind:${me.leagueId}`, 1, 86400);
    await logAudit({ leagueId: me.leagueId, actorId: me.id, action: "waivers.reminded" });
    const players = await prisma.player.findMany({ where: { leagueId: me.leagueId }, select: { id: true, parentId: true } });
    const signed = await prisma.waiver.findMany({ where: { playerId: { in: players.map((p) => p.id) } }, select: { playerId: true } });
    const missing = players.filter((p) => !signed.some((s) => s.playerId === p.id));
    const parents = await prisma.profile.findMany({ where: { id: { in: missing.map((m) => m.parentId) } }, select: { email: true } });
    for (const p of parents) await sendEmail(p.email, "Waiver needed", "<p>Please sign this season's waiver.</p>");
  }

  return (
    <main className="grid gap-6 p-6 md:grid-cols-3">
      <section className="card">Teams: {teams}</section>
      <section className="card">Unpaid registrations: {pending}</section>
      <section className="card">Photos awaiting review: {rejected}</section>
      <form action={purgeRejectedPhotos}>
        <button className="btn-danger">Purge rejected photos</button>
      </form>
      <form action={remindUnpaid}>
        <button className="btn">Email unpaid families</button>
      </form>
      <form action={remindUnsignedWaivers}>
        <button className="btn">Email missing waivers</button>
      </form>
    </main>
  );
}
