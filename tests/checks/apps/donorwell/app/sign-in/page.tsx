import { SignInForm } from "@/components/SignInForm";

export default function SignInPage() {
  return (
    <main>
      <h1>Sign in</h1>
      <SignInForm />
    </main>
  );
}
