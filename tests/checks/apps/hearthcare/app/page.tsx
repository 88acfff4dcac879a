import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Hearthcare</h1>
      <p>Scheduling, visit verification and family updates for home-care agencies.</p>
      <Link href="/login">Agency sign in</Link> · <Link href="/family">Family portal</Link> · <Link href="/careers">Careers</Link>
    </main>
  );
}
