import { SignInForm } from "@/components/sign-in-form";
import { sendMagicLink } from "./actions-magic";

export default function SignInPage() {
  return (
    <main className="mx-auto max-w-sm py-16">
      <h1>Sign in to Docketly</h1>
      <SignInForm />
      <form action={sendMagicLink}>
        <input name="email" type="email" />
        <button>E-mail me a link</button>
      </form>
    </main>
  );
}
