import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Stagehand</h1>
      <Link href="/staff">Staff</Link> · <Link href="/artist">Artists</Link> · <Link href="/vendor/dashboard">Vendors</Link> · <Link href="/account/tickets">My tickets</Link>
    </main>
  );
}
