import { LoginForm } from "@/components/LoginForm";

export default function LoginPage() {
  return (
    <main className="mx-auto max-w-sm py-16">
      <h1 className="text-xl font-semibold">Sign in to Gridshare</h1>
      <LoginForm />
    </main>
  );
}
