import { LoginForm } from "@/components/LoginForm";
import { signIn } from "@/auth";

export default function LoginPage() {
  // OAuth redirect only: no credentials are checked here (missing-rate-limit left unlabelled, see LABELS.md)
  // ok: missing-auth, missing-input-validation
  async function continueWithGoogle() {
    "use server";
    await signIn("google", { redirectTo: "/studio" });
  }

  return (
    <main>
      <h1>Sign in</h1>
      <LoginForm />
      <form action={continueWithGoogle}>
        <button>Continue with Google</button>
      </form>
    </main>
  );
}
