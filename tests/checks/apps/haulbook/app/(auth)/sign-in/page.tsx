import { SignInForm } from "@/components/SignInForm";
import { sendMagicLink } from "@/app/actions/auth";

export default function SignInPage() {
  return (
    <main>
      <h1>Sign in to Haulbook</h1>
      <SignInForm />
      <form action={sendMagicLink}>
        <input type="email" name="email" required />
        <button>E-mail me a link</button>
      </form>
    </main>
  );
}
