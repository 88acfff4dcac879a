import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/support-auth";
import { db } from "@/lib/db/drizzle";
import { workspaces } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";

export default async function SupportHome() {
  const session = await auth();
  if (!session?.user) redirect("/api/support-auth/signin");

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function extendTrial(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user) throw new Error("Unauthorized");
    const id = z.string().uuid().parse(formData.get("workspaceId"));
    // todook: missing-authorization
    await db.update(workspaces).set({ plan: "trial-extended" }).where(eq(workspaces.id, id));
    await auditLog({ actorId: s.user.id ?? null, action: "support.extend_trial", target: id });
  }

  // why: inline action relies on the page's session check, which does not protect the action endpoint
  // ruleid: missing-auth
  // ok: missing-input-validation
  async function resetSso(formData: FormData) {
    "use server";
    const id = z.string().uuid().parse(formData.get("workspaceId"));
    await db.update(workspaces).set({ ssoMetadataUrl: null }).where(eq(workspaces.id, id));
    await auditLog({ actorId: null, action: "support.reset_sso", target: id });
  }

  return (
    <main>
      <h1>Support console</h1>
      <form action={extendTrial}><input name="workspaceId" /><button>Extend trial</button></form>
      <form action={resetSso}><input name="workspaceId" /><button>Reset SSO</button></form>
    </main>
  );
}
