import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireLeagueAdmin } from "@/lib/admin-auth";
import { db } from "@/lib/db";
import { leagues, seasons } from "@/db/schema";
import { auditLog } from "@/lib/audit";

export default async function LeagueAdminPage({ params }: { params: Promise<{ leagueId: string }> }) {
  const { leagueId } = await params;
  await requireLeagueAdmin();
  const league = await db.query.leagues.findFirst({ where: eq(leagues.id, leagueId), columns: { id: true, name: true, status: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function closeSeason(formData: FormData) {
    "use server";
    const admin = await requireLeagueAdmin();
    const seasonId = z.string().uuid().parse(formData.get("seasonId"));
    // ok: missing-authorization
    await db.update(seasons).set({ closed: true }).where(eq(seasons.id, seasonId));
    await auditLog({ actorId: admin.userId, action: "season.close", target: seasonId });
    revalidatePath(`/admin/leagues/${leagueId}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function renameLeague(formData: FormData) {
    "use server";
    const name = z.string().min(3).max(80).parse(formData.get("name"));
    await db.update(leagues).set({ name }).where(eq(leagues.id, leagueId));
    revalidatePath(`/admin/leagues/${leagueId}`);
  }

  return (
    <main>
      <h1>{league?.name}</h1>
      <form action={renameLeague}><input name="name" defaultValue={league?.name} /><button>Rename</button></form>
      <form action={closeSeason}><input name="seasonId" /><button>Close season</button></form>
    </main>
  );
}
