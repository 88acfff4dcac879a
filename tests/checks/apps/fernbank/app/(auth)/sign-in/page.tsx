import { SignInForm } from "@/components/sign-in-form";

export default function SignInPage() {
  return (
    <main>
      <h1>Sign in to Fernbank</h1>
      <SignInForm />
    </main>
  );
}
