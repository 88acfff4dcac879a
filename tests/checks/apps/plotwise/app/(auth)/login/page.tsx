import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current";
import { LoginForm } from "@/components/LoginForm";

export default async function LoginPage() {
  const { session } = await getCurrentSession();
  if (session) redirect("/dashboard");
  return (
    <div>
      <h1>Sign in</h1>
      <LoginForm />
    </div>
  );
}
