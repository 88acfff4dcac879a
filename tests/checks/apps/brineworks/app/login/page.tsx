import { LoginForm } from "@/components/LoginForm";

export default function LoginPage() {
  return (
    <div className="max-w-sm">
      <h1>Sign in</h1>
      <LoginForm />
    </div>
  );
}
