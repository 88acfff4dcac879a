import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/dal";
import { LoginForm } from "@/components/login-form";

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-sm space-y-6 py-24">
      <h1 className="text-2xl font-semibold">Sign in to Ledgerly</h1>
      <LoginForm />
      <p className="text-sm">
        New here? <Link href="/signup">Create an account</Link> · <Link href="/forgot-password">Forgot password?</Link>
      </p>
    </div>
  );
}
