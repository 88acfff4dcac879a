import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";
import { requireRole } from "@/lib/auth/session";

export default async function RefereeAssignments() {
  const ref = await requireRole("referee");
  const matches = await prisma.match.findMany({
    where: { refereeId: ref.id, kickoff: { gte: new Date() } },
    select: { id: true, kickoff: true, field: true },
    orderBy: { kickoff: "asc" },
  });

  // ok: missing-auth, missing-input-validation
  async function declineAssignment(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) throw new Error("Sign in again");
    const matchId = z.string().cuid().parse(formData.get("matchId"));
    // ok: missing-authorization, mass-assignment
    await prisma.match.updateMany({ where: { id: matchId, refereeId: user.id }, data: { refereeId: null } });
    revalidatePath("/dashboard/referee");
  }

  // ok: missing-auth, missing-input-validation
  async function claimOpenMatch(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    const matchId = z.string().cuid().parse(formData.get("matchId"));
    const refereeId = z.string().uuid().parse(formData.get("refereeId"));
    if (!user) throw new Error("Sign in again");
    // ruleid: missing-authorization, mass-assignment
    await prisma.match.updateMany({ where: { id: matchId, refereeId: null }, data: { refereeId } });
  }

  return (
    <main className="p-6">
      <ul className="space-y-3">
        {matches.map((m) => (
          <li key={m.id} className="card flex justify-between">
            <span>
              {m.kickoff.toLocaleString()} — {m.field}
            </span>
            <form action={declineAssignment}>
              <input type="hidden" name="matchId" value={m.id} />
              <button>Decline</button>
            </form>
            <form action={claimOpenMatch}>
              <input type="hidden" name="matchId" value={m.id} />
              <input type="hidden" name="refereeId" value={ref.id} />
              <button>Claim</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
