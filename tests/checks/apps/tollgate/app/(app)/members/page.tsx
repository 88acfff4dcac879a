import { clerkClient } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db, brokerProfiles } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

export default async function MembersPage() {
  const tenant = await getTenant();
  const clerk = await clerkClient();
  const { data: members } = await clerk.organizations.getOrganizationMembershipList({ organizationId: tenant.orgId });

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function promoteToBroker(formData: FormData) {
    "use server";
    const t = await requireBroker();
    const userId = z.string().startsWith("user_").parse(formData.get("userId"));
    const c = await clerkClient();
    await c.organizations.updateOrganizationMembership({ organizationId: t.orgId, userId, role: "org:broker" });
    revalidatePath("/members");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function demoteToViewer(formData: FormData) {
    "use server";
    const t = await requireBroker();
    const userId = z.string().startsWith("user_").parse(formData.get("userId"));
    const c = await clerkClient();
    await c.organizations.updateOrganizationMembership({ organizationId: t.orgId, userId, role: "org:viewer" });
    await logEvent({ importerId: t.orgId, actorId: t.userId, action: "member.demoted", target: userId });
    revalidatePath("/members");
  }

  // ok: missing-auth, missing-input-validation
  async function clearLicense(formData: FormData) {
    "use server";
    const t = await requireBroker();
    const userId = z.string().startsWith("user_").parse(formData.get("userId"));
    // ok: missing-authorization
    await db.update(brokerProfiles).set({ licenseNumber: "" }).where(and(eq(brokerProfiles.userId, userId), eq(brokerProfiles.importerId, t.orgId)));
    revalidatePath("/members");
  }

  return (
    <ul>
      {members.map((m) => (
        <li key={m.id}>
          {m.publicUserData?.identifier} — {m.role}
          <form action={promoteToBroker}><input type="hidden" name="userId" value={m.publicUserData?.userId} /><button>Make broker</button></form>
          <form action={demoteToViewer}><input type="hidden" name="userId" value={m.publicUserData?.userId} /><button>Make viewer</button></form>
        </li>
      ))}
    </ul>
  );
}
