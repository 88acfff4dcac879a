import Link from "next/link";
import { verifySession } from "@/lib/dal";
import { signOut } from "@/app/actions/auth";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // ok: floating-auth-check
  await verifySession();
  return (
    <div className="container">
      <nav>
        <Link href="/portal">Home</Link> · <Link href="/portal/appointments">Appointments</Link> ·{" "}
        <Link href="/portal/labs">Results</Link> · <Link href="/portal/messages">Messages</Link> ·{" "}
        <Link href="/portal/documents">Documents</Link> · <Link href="/portal/billing">Billing</Link> ·{" "}
        <Link href="/portal/profile">Profile</Link>
        <form action={signOut} style={{ display: "inline" }}>
          <button type="submit">Sign out</button>
        </form>
      </nav>
      {children}
    </div>
  );
}
