import { ResetPasswordForm } from "@/components/ResetPasswordForm";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div>
      <h1>Choose a new password</h1>
      <ResetPasswordForm token={token} />
    </div>
  );
}
