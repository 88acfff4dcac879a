import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current";
import { VerifyEmailForm } from "@/components/VerifyEmailForm";
import { resendVerificationCode } from "@/app/actions/auth";

export default async function VerifyEmailPage() {
  const { user } = await getCurrentSession();
  if (!user) redirect("/login");
  if (user.emailVerified) redirect("/dashboard");

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function resend() {
    "use server";
    await resendVerificationCode();
  }

  return (
    <div>
      <h1>Check your email</h1>
      <p>We sent an 8-digit code to {user.email}.</p>
      <VerifyEmailForm />
      <form action={resend}>
        <button type="submit">Send a new code</button>
      </form>
    </div>
  );
}
