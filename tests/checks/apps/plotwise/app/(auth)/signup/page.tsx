import { SignupForm } from "@/components/SignupForm";

export default function SignupPage() {
  return (
    <div>
      <h1>Become a member</h1>
      <SignupForm />
    </div>
  );
}
