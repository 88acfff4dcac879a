import { z } from "zod";
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { ownsPolicyholder } from "@/lib/permissions";
import { prisma } from "@/lib/db";

export default async function PortalClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/sign-in");
  const { data: claim } = await supabase.from("claims").select("id, number, status, policyholder_id").eq("id", id).single();
  if (!claim) notFound();

  // ok: missing-auth, missing-input-validation
  async function addStatement(claimId: string, formData: FormData) {
    "use server";
    const sb = await createClient();
    const { data: { user: me } } = await sb.auth.getUser();
    if (!me) redirect("/portal/sign-in");
    const input = z.object({ claimId: z.string().uuid(), statement: z.string().min(10).max(10_000) }).parse({ claimId, statement: formData.get("statement") });
    // ok: missing-authorization
    const { data: own } = await sb.from("claims").select("id").eq("id", input.claimId).eq("policyholder_user_id", me.id).single();
    if (!own) throw new Error("Not found");
    // ok: mass-assignment
    await sb.from("claim_statements").insert({ claim_id: input.claimId, body: input.statement, author_id: me.id });
    revalidatePath(`/portal/claims/${input.claimId}`);
  }

  // Withdrawing a claim: the policyholder record id is bound from the page
  // ok: missing-auth, missing-input-validation
  async function withdrawClaim(claimId: string, policyholderId: string) {
    "use server";
    const sb = await createClient();
    const { data: { user: me } } = await sb.auth.getUser();
    if (!me) redirect("/portal/sign-in");
    const ids = z.object({ claimId: z.string().cuid(), policyholderId: z.string().cuid() }).parse({ claimId, policyholderId });
    // ruleid: floating-auth-check
    if (!ownsPolicyholder(me.id, ids.policyholderId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.claim.updateMany({ where: { id: ids.claimId, policyholderId: ids.policyholderId }, data: { status: "withdrawn" } });
    revalidatePath(`/portal/claims/${ids.claimId}`);
  }

  return (
    <main>
      <h1>Claim {claim.number}</h1>
      <p>Status: {claim.status}</p>
      <form action={addStatement.bind(null, claim.id)}>
        <textarea name="statement" />
        <button>Add statement</button>
      </form>
      <form action={withdrawClaim.bind(null, claim.id, claim.policyholder_id)}>
        <button>Withdraw claim</button>
      </form>
    </main>
  );
}
