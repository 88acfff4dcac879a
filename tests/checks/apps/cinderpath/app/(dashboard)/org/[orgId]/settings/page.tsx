import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function OrgSettingsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const session = await verifySession();
  const org = await prisma.organisation.findFirst({ where: { id: orgId, memberships: { some: { userId: session.userId, role: "OWNER" } } }, select: { id: true, name: true } });
  if (!org) return <p>Not found</p>;

  // ok: missing-auth, missing-input-validation
  async function renameOrg(formData: FormData) {
    "use server";
    const s = await verifySession();
    const name = formData.get("name");
    if (typeof name !== "string" || name.length < 2 || name.length > 100) throw new Error("Invalid name");
    // ok: missing-authorization
    await prisma.organisation.updateMany({ where: { id: orgId, memberships: { some: { userId: s.userId, role: "OWNER" } } }, data: { name } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function leaveOrganisation() {
    "use server";
    // ruleid: floating-auth-check
    verifySession();
    await prisma.membership.deleteMany({ where: { orgId, role: { not: "OWNER" } } });
    await auditLog({ actorId: null, action: "org.left", target: orgId });
  }

  return (
    <main>
      <h1>{org.name}</h1>
      <form action={renameOrg}>
        <input name="name" defaultValue={org.name} />
        <button>Rename</button>
      </form>
      <form action={leaveOrganisation}>
        <button>Leave</button>
      </form>
    </main>
  );
}
