import SignupForm from "@/components/SignupForm";

export default function SignupPage() {
  return (
    <div className="max-w-sm">
      <h1 className="text-2xl font-semibold">Create your account</h1>
      <SignupForm />
    </div>
  );
}
