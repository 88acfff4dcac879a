import Link from "next/link";
import { CLINIC } from "@/lib/clinic-info";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="container">
        <Link href="/">{CLINIC.name}</Link> · <Link href="/hours">Opening hours</Link> ·{" "}
        <Link href="/symptom-checker">Symptom checker</Link> · <Link href="/contact">Contact</Link> ·{" "}
        <Link href="/sign-in">Patient sign-in</Link>
      </header>
      <main className="container">{children}</main>
    </>
  );
}
