import { LoginForm } from "@/components/login-form";
import { getOptionalSession } from "@/lib/dal";
import { redirect } from "next/navigation";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  const session = await getOptionalSession();
  if (session) redirect("/dashboard");
  const { reset } = await searchParams;
  return (
    <main className="mx-auto max-w-sm py-16">
      <h1 className="text-2xl font-semibold">Sign in to Pawprint</h1>
      {reset ? <p className="text-green-700">Your password was changed. Sign in again.</p> : null}
      <LoginForm />
    </main>
  );
}
