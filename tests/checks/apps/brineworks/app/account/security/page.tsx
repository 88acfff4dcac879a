import { verifySession } from "@/lib/dal";
import { PasswordForm } from "@/components/PasswordForm";
import { TwoFactorPanel } from "@/components/TwoFactorPanel";
import { deleteMyAccount } from "@/app/actions/account";

export default async function SecurityPage() {
  // ok: floating-auth-check
  await verifySession();
  return (
    <div>
      <h1>Security</h1>
      <PasswordForm />
      <TwoFactorPanel />
      <form action={deleteMyAccount}><button className="btn">Close my account</button></form>
    </div>
  );
}
