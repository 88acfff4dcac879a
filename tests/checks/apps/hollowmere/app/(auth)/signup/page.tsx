import { SignupForm } from "@/components/SignupForm";

export default function SignupPage() {
  return (
    <div className="max-w-sm space-y-4">
      <h1>Create your account</h1>
      <SignupForm />
    </div>
  );
}
