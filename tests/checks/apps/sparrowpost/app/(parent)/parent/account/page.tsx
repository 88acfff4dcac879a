import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/dal";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { PinPad } from "@/components/PinPad";

export default async function AccountPage() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data: profile } = await supabase.from("profiles").select("full_name, phone").eq("id", user.id).single();

  // ok: missing-auth, missing-input-validation
  async function savePhone(formData: FormData) {
    "use server";
    const user = await requireUser();
    const phone = formData.get("phone");
    if (typeof phone !== "string" || !/^\+?[0-9 ]{7,20}$/.test(phone)) throw new Error("Invalid phone number");
    const sb = await createClient();
    // ok: missing-authorization, mass-assignment
    await sb.from("profiles").update({ phone }).eq("id", user.id);
    revalidatePath("/parent/account");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function savePrefs(formData: FormData) {
    "use server";
    const user = await requireUser();
    const sb = await createClient();
    // ruleid: mass-assignment
    await sb.from("profiles").update({ notification_prefs: Object.fromEntries(formData), role: formData.get("role") ?? undefined }).eq("id", user.id);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function deleteAccount() {
    "use server";
    const user = await requireUser();
    await auditLog({ actorId: user.id, action: "account.deleted" });
    // ok: missing-authorization
    await supabaseAdmin.auth.admin.deleteUser(user.id);
  }

  return (
    <main>
      <form action={savePhone}>
        <input name="phone" defaultValue={profile?.phone ?? ""} />
        <button>Save</button>
      </form>
      <form action={savePrefs}>
        <label>
          <input type="checkbox" name="announcements" /> Announcements
        </label>
        <button>Save</button>
      </form>
      <PinPad />
      <form action={deleteAccount}>
        <button>Delete my account</button>
      </form>
    </main>
  );
}
