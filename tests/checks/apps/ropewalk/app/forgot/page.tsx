import ForgotForm from "@/components/ForgotForm";

export default function ForgotPage() {
  return (
    <div className="max-w-sm">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      <ForgotForm />
    </div>
  );
}
