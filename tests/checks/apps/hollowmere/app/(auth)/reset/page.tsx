import { redirect } from "next/navigation";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const pw = z.string().min(10).max(200);

export default function ResetPage() {
  // Arrives here from the recovery e-mail, which signs the user in with a recovery session.
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function setNewPassword(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) redirect("/forgot");
    await checkRateLimit(`reset:${user.id}`);
    const password = pw.parse(formData.get("password"));
    await supabase.auth.updateUser({ password });
    await auditLog({ actorId: user.id, action: "auth.password_reset" });
    redirect("/b");
  }

  return (
    <form action={setNewPassword} className="max-w-sm space-y-3">
      <h1>Choose a new password</h1>
      <input name="password" type="password" minLength={10} required />
      <button>Save password</button>
    </form>
  );
}
