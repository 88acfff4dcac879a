import LoginForm from "@/components/LoginForm";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; reset?: string }> }) {
  const sp = await searchParams;
  return (
    <div className="max-w-sm">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {sp.reset && <p className="text-green-700">Password updated, sign in with your new password.</p>}
      <LoginForm error={sp.error ? "Email or password is incorrect." : undefined} />
    </div>
  );
}
