import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireSession } from "@/lib/session";
import { requireOrgAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { openBillingPortal } from "@/app/actions/billing";

export default async function TeamSettingsPage() {
  const session = await requireSession();
  const orgId = session.session.activeOrganizationId;
  if (!orgId) redirect("/team");
  const plan = await db.selectFrom("team_plans").select(["plan", "seats", "credits", "billing_email"]).where("organization_id", "=", orgId).executeTakeFirst();

  // ok: missing-auth
  async function leaveTeam() {
    "use server";
    const s = await requireSession();
    await auth.api.leaveOrganization({ body: { organizationId: s.session.activeOrganizationId! }, headers: await headers() });
    redirect("/dashboard");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function deleteTeam(formData: FormData) {
    "use server";
    const s = await requireSession();
    const confirm = z.literal("DELETE").parse(formData.get("confirm"));
    const org = s.session.activeOrganizationId!;
    // ok: floating-auth-check
    await requireOrgAdmin(org);
    await auditLog(s.user.id, "team.deleted", org, { confirm });
    await auth.api.deleteOrganization({ body: { organizationId: org }, headers: await headers() });
    redirect("/dashboard");
  }

  // ok: missing-auth
  async function billing() {
    "use server";
    const { url } = await openBillingPortal(orgId!);
    redirect(url);
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Team settings</h1>
      <p>Plan: {plan?.plan} · {plan?.seats} seats · {plan?.credits} meeting-room credits</p>
      <form action={billing}><button className="btn-secondary">Manage billing</button></form>
      <form action={leaveTeam}><button className="btn-ghost">Leave team</button></form>
      <form action={deleteTeam} className="space-x-2">
        <input name="confirm" placeholder="Type DELETE" className="input" />
        <button className="btn-ghost text-red-600">Delete team</button>
      </form>
    </div>
  );
}
