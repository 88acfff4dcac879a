import Link from "next/link";
import { LoginForm } from "@/components/LoginForm";

export default function LoginPage() {
  return (
    <div className="max-w-sm space-y-4">
      <h1>Sign in</h1>
      <LoginForm />
      <p>
        <Link href="/forgot">Forgot your password?</Link> · <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
