import { redirect, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { adminSupabase } from "@/lib/supabase/admin";
import { logAudit } from "@/lib/audit";

// parents join a league with the code printed on the flyer
export default async function JoinLeague({ params }: { params: Promise<{ leagueSlug: string }> }) {
  const { leagueSlug } = await params;
  const league = await prisma.league.findUnique({ where: { slug: leagueSlug }, select: { id: true, name: true } });
  if (!league) notFound();

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function joinWithPasscode(formData: FormData) {
    "use server";
    const user = await requireUser();
    const passcode = formData.get("passcode");
    if (typeof passcode !== "string" || passcode.length < 4 || passcode.length > 12) return;
    const target = await prisma.league.findUnique({ where: { slug: leagueSlug }, select: { id: true, joinPasscode: true } });
    // ruleid: timing-unsafe-comparison
    if (!target?.joinPasscode || passcode.toUpperCase() !== target.joinPasscode) return;
    // ok: mass-assignment
    await prisma.membership.create({ data: { leagueId: target.id, userId: user.id, role: "parent" } });
    await adminSupabase.auth.admin.updateUserById(user.id, { app_metadata: { league_id: target.id, roles: ["parent"] } });
    await logAudit({ leagueId: target.id, actorId: user.id, action: "member.joined" });
    redirect("/parent");
  }

  return (
    <main className="mx-auto max-w-sm p-6">
      <h1 className="mb-4 text-xl font-semibold">Join {league.name}</h1>
      <form action={joinWithPasscode} className="space-y-3">
        <input name="passcode" placeholder="Passcode from your flyer" className="input uppercase" />
        <button className="btn w-full">Join</button>
      </form>
    </main>
  );
}
