import { redirect } from "next/navigation";
import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";
import { LoginForm } from "@/components/LoginForm";
import { signIn } from "@/app/actions/auth";

export default function LoginPage() {
  // Staff "remember this device" PIN login on the shared staffroom PC.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit, missing-audit-log
  async function pinLogin(formData: FormData) {
    "use server";
    const input = v.parse(v.object({ email: v.pipe(v.string(), v.email()), pin: v.pipe(v.string(), v.regex(/^\d{6}$/)) }), Object.fromEntries(formData));
    const supabase = await createClient();
    const { error } = await supabase.auth.signInWithPassword({ email: input.email, password: `pin:${input.pin}` });
    if (error) return;
    redirect("/staff");
  }

  return (
    <main>
      <LoginForm action={signIn} />
      <form action={pinLogin}>
        <input name="email" />
        <input name="pin" />
        <button>Staffroom sign-in</button>
      </form>
    </main>
  );
}
