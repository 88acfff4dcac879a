import { redirect } from "next/navigation";
import { getSession } from "@/lib/dal";
import { OtpForm } from "@/components/OtpForm";

export default async function VerifyPage() {
  // ok: floating-auth-check
  const session = await getSession();
  if (!session.otpPending || !session.phone) redirect("/sign-in");
  return (
    <>
      <h1>Enter your code</h1>
      <p>We sent a code to {session.phone.replace(/\d(?=\d{3})/g, "•")}.</p>
      <OtpForm phone={session.phone} />
    </>
  );
}
