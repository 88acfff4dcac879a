import { QuoteForm } from "@/components/QuoteForm";

export default function Home() {
  return (
    <main>
      <h1>Rent the machine, not the headache.</h1>
      <QuoteForm />
    </main>
  );
}
