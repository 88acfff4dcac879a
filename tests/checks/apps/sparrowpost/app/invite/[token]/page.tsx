import { redirect } from "next/navigation";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { hashToken } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { data: invite } = await supabaseAdmin.from("guardians").select("id, relationship").eq("invite_token_hash", hashToken(token)).maybeSingle();
  if (!invite) return <p>This invite link is invalid or has expired.</p>;

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function claim() {
    "use server";
    await rateLimitByIp("claim");
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) redirect(`/signup?next=/invite/${token}`);
    // ok: mass-assignment, missing-authorization
    await supabaseAdmin.from("guardians").update({ user_id: user.id, invite_token_hash: null }).eq("id", invite!.id).is("user_id", null);
    redirect("/parent");
  }

  return (
    <main>
      <p>You have been invited as {invite.relationship}.</p>
      <form action={claim}>
        <button>Accept invite</button>
      </form>
    </main>
  );
}
