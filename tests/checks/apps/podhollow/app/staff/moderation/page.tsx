import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logActivity } from "@/lib/audit";

export default async function ModerationPage() {
  await requireStaff();
  const reports = await prisma.report.findMany({ where: { status: "open" }, select: { id: true, reason: true, episodeId: true }, take: 50 });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function hideEpisode(formData: FormData) {
    "use server";
    const staff = await requireStaff();
    const { episodeId } = z.object({ episodeId: z.string() }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.episode.update({ where: { id: episodeId }, data: { status: "removed" } });
    await logActivity({ actorId: staff.userId, action: "staff.hide_episode", target: episodeId });
    revalidatePath("/staff/moderation");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function purgeUser(formData: FormData) {
    "use server";
    await requireStaff();
    const { userId } = z.object({ userId: z.string() }).parse(Object.fromEntries(formData));
    await prisma.$transaction([
      prisma.feedToken.deleteMany({ where: { listenerId: userId } }),
      prisma.subscription.deleteMany({ where: { listenerId: userId } }),
      // ok: missing-authorization
      prisma.user.delete({ where: { id: userId } }),
    ]);
    revalidatePath("/staff/moderation");
  }

  return (
    <ul>
      {reports.map((r) => (
        <li key={r.id}>
          {r.reason}
          <form action={hideEpisode}>
            <input type="hidden" name="episodeId" value={r.episodeId} />
            <button>Hide episode</button>
          </form>
        </li>
      ))}
      <form action={purgeUser}>
        <input name="userId" placeholder="user id" />
        <button>Purge user</button>
      </form>
    </ul>
  );
}
