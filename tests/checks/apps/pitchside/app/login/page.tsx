import Link from "next/link";
import { SignInForm } from "@/components/sign-in-form";

export default function LoginPage() {
  return (
    <main className="mx-auto mt-24 max-w-sm space-y-6 p-6">
      <h1 className="text-2xl font-semibold">Sign in to Pitchside</h1>
      <SignInForm />
      <p className="text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </main>
  );
}
