import { ownerLogin } from "@/app/actions/owner-auth";
import { LoginForm } from "@/components/LoginForm";

export default function PortalLoginPage() {
  return (
    <main>
      <h1>Pet owner sign in</h1>
      <LoginForm action={ownerLogin} />
    </main>
  );
}
