import Link from "next/link";
import { PhoneForm } from "@/components/PhoneForm";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1>Patient sign-in</h1>
      <p>We&apos;ll text you a 6-digit code.</p>
      <PhoneForm />
      <p>
        Staff? <Link href="/staff/login">Sign in here</Link>
      </p>
    </>
  );
}
