import { ForgotPasswordForm } from "@/components/ForgotPasswordForm";

export default function ForgotPasswordPage() {
  return (
    <div>
      <h1>Forgotten your password?</h1>
      <ForgotPasswordForm />
    </div>
  );
}
