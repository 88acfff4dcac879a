import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

export default async function SchoolAdminPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const membership = await prisma.membership.findFirst({ where: { userId: session.user.id, role: "admin" }, select: { orgId: true, org: { select: { name: true } } } });
  if (!membership) redirect("/dashboard");
  const members = await prisma.membership.findMany({ where: { orgId: membership.orgId }, select: { id: true, role: true, user: { select: { name: true, email: true } } } });

  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function removeFromSchool(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    const id = formData.get("membershipId");
    if (typeof id !== "string") throw new Error("Bad id");
    const me = await prisma.membership.findFirst({ where: { userId: s.user.id, role: "admin" }, select: { orgId: true } });
    if (!me) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id, orgId: me.orgId } });
    revalidatePath("/admin");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function renameSchool(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    const name = formData.get("name");
    if (typeof name !== "string" || name.length < 2 || name.length > 80) throw new Error("Bad name");
    const me = await prisma.membership.findFirst({ where: { userId: s.user.id, role: "admin" }, select: { orgId: true } });
    if (!me) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: me.orgId }, data: { name } });
    await auditLog({ actorId: s.user.id, action: "org.rename", target: me.orgId });
  }

  return (
    <main>
      <h1>{membership.org.name}</h1>
      <form action={renameSchool}><input name="name" /><button>Rename</button></form>
      <ul>
        {members.map((m) => (
          <li key={m.id}>
            {m.user.name} ({m.role})
            <form action={removeFromSchool}><input type="hidden" name="membershipId" value={m.id} /><button>Remove</button></form>
          </li>
        ))}
      </ul>
    </main>
  );
}
