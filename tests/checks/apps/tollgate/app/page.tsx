import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Customs clearance without the paperwork</h1>
      <Link href="/tariffs">Look up a tariff</Link> · <Link href="/contact">Talk to a broker</Link>
    </main>
  );
}
