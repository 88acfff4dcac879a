import { redirect } from "next/navigation";
import * as v from "valibot";
import { db } from "@/lib/db";
import { emailSchema } from "@/lib/validators";
import { hashCode } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";
import { codeLimiter } from "@/lib/ratelimit";
import { CodeInput } from "@/components/CodeInput";

export default function ParentLogin() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function sendCode(formData: FormData) {
    "use server";
    const email = v.parse(emailSchema, formData.get("email"));
    const { success } = await codeLimiter.limit(`page:${email}`);
    if (!success) redirect("/login?e=slow");
    const code = String(Math.floor(100000 + Math.random() * 900000));
    const parent = await db.parent.findUnique({ where: { email }, select: { id: true } });
    if (parent) {
      await db.parent.update({ where: { id: parent.id }, data: { magicCodeHash: hashCode(code), magicCodeExpires: new Date(Date.now() + 600_000) } });
      await sendMail(email, "Your sign-in code", `<p>${code}</p>`);
    }
    redirect(`/login/code?email=${encodeURIComponent(email)}`);
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function resendCode(formData: FormData) {
    "use server";
    const email = v.parse(emailSchema, formData.get("email"));
    const code = String(Math.floor(100000 + Math.random() * 900000));
    const parent = await db.parent.findUnique({ where: { email }, select: { id: true } });
    // ruleid: information-disclosure
    if (!parent) return { error: "We don't have a parent account for that email." };
    await db.parent.update({ where: { id: parent.id }, data: { magicCodeHash: hashCode(code), magicCodeExpires: new Date(Date.now() + 600_000) } });
    await sendMail(email, "Your new sign-in code", `<p>${code}</p>`);
    return { ok: true };
  }

  return (
    <main>
      <form action={sendCode}>
        <input name="email" type="email" />
        <button>Email me a code</button>
      </form>
      <CodeInput resend={resendCode} />
    </main>
  );
}
