import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { requireUser } from "@/lib/dal";
import { getMyProfileCard, deleteAccount, rotateMobileKey } from "@/app/actions/profile";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/ratelimit";

export default async function SettingsPage() {
  await requireUser();
  const profile = await getMyProfileCard();

  // ok: missing-auth, missing-audit-log, missing-rate-limit
  async function disableMfa() {
    "use server";
    const user = await requireUser();
    await checkRateLimit(`mfa:${user.id}`);
    const supabase = await createClient();
    const { data } = await supabase.auth.mfa.listFactors();
    for (const f of data?.totp ?? []) {
      await supabase.auth.mfa.unenroll({ factorId: f.id });
    }
    await auditLog({ actorId: user.id, action: "auth.mfa_disabled" });
  }

  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function verifyMfa(formData: FormData) {
    "use server";
    await requireUser();
    const code = String(formData.get("code") ?? "");
    const factorId = String(formData.get("factorId") ?? "");
    if (!/^\d{6}$/.test(code) || !/^[0-9a-f-]{36}$/.test(factorId)) throw new Error("Invalid code");
    const supabase = await createClient();
    const { data: challenge } = await supabase.auth.mfa.challenge({ factorId });
    if (!challenge) throw new Error("Challenge failed");
    await supabase.auth.mfa.verify({ factorId, challengeId: challenge.id, code });
  }

  // ok: missing-auth, missing-audit-log
  async function deleteMe() {
    "use server";
    await deleteAccount();
    redirect("/");
  }

  return (
    <section className="space-y-6">
      <h1>Settings</h1>
      <p>{profile?.name} · Unit {profile?.unit}</p>
      <form action={async () => { "use server"; await rotateMobileKey(); }}>
        <button>Generate a new mobile app key</button>
      </form>
      <form action={verifyMfa}>
        <input name="factorId" type="hidden" />
        <input name="code" inputMode="numeric" />
        <button>Verify authenticator</button>
      </form>
      <form action={disableMfa}><button>Turn off two-factor</button></form>
      <form action={deleteMe}><button className="danger">Delete my account</button></form>
    </section>
  );
}
