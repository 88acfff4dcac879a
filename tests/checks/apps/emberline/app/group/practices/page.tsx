import { clerkClient } from "@clerk/nextjs/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { writeAudit } from "@/lib/audit";

export default async function GroupPracticesPage() {
  const session = await verifySession();
  const practices = await prisma.practice.findMany({ select: { id: true, name: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function reassignGroupAdmin(formData: FormData) {
    "use server";
    const s = await verifySession();
    if (!s.isGroupAdmin) throw new Error("Forbidden");
    const { userId } = { userId: String(formData.get("userId") ?? "") };
    if (!userId.startsWith("user_")) throw new Error("Invalid user");
    const client = await clerkClient();
    await client.users.updateUserMetadata(userId, { publicMetadata: { groupAdmin: true } });
    await writeAudit({ actorId: s.userId, action: "group.admin_reassigned", target: userId });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function archivePractices(formData: FormData) {
    "use server";
    const s = await verifySession();
    if (!s.isGroupAdmin) throw new Error("Forbidden");
    const ids = formData.get("ids") as string;
    // ruleid: sql-injection
    await sql.unsafe(`update practices set booking_enabled = false where id in (${ids})`);
  }

  return (
    <main>
      <p>Signed in as {session.userId}</p>
      <ul>{practices.map((p) => <li key={p.id}>{p.name}</li>)}</ul>
      <form action={archivePractices}><input name="ids" /><button>Archive</button></form>
      <form action={reassignGroupAdmin}><input name="userId" /><button>Reassign</button></form>
    </main>
  );
}
