import Link from "next/link";
import { SignInForm } from "@/components/sign-in-form";

export default function SignInPage() {
  return (
    <main className="mx-auto max-w-sm p-8 space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm />
      <p className="text-sm"><Link href="/forgot-password">Forgot your password?</Link></p>
      <p className="text-sm">New here? <Link href="/sign-up">Create an account</Link></p>
    </main>
  );
}
