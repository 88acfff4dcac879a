import { LoginForm } from "./login-form";

export default function LoginPage() {
  return (
    <main className="mx-auto max-w-sm py-16">
      <h1>Sign in to Marquee</h1>
      <LoginForm />
    </main>
  );
}
