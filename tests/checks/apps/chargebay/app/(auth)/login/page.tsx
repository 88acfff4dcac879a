import { LoginForm } from "@/components/LoginForm";
import { signInWithEntra } from "./actions";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  return (
    <main className="mx-auto max-w-sm py-20">
      <h1 className="mb-6 text-2xl font-semibold">Sign in to Chargebay</h1>
      <LoginForm callbackUrl={safeCallback} />
      <form action={signInWithEntra} className="mt-4">
        <button className="btn-secondary w-full">Continue with Microsoft</button>
      </form>
    </main>
  );
}
